package eu.aireadiness.sample;

import java.util.List;

/** The two editions the sample input covers: a first year, and a second whose change since the first is meaningful. */
final class SampleEditions {

    static final int FIRST = 2025;
    static final int SECOND = 2026;
    static final List<Integer> ALL = List.of(FIRST, SECOND);

    private SampleEditions() {
    }
}
