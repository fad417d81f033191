package eu.aireadiness.framework;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an edition stands, set by the index team in the {@code state} column of {@code editions.csv}: whether it
 * takes submissions, and whether its publication may still be made.
 */
public enum EditionState {
    /** Taking submissions, not yet published: the only state in which the edition may be run and published. */
    OPEN("open"),
    /** Published and closed: files for it are refused, and its published files are never replaced. */
    PUBLISHED("published"),
    /**
     * Published, and opened again by the index team for corrections: files for it are accepted, each listed as a
     * revision in the next publication; its own published files are still never replaced.
     */
    REVISION("revision");

    private final String word;

    EditionState(String word) {
        this.word = word;
    }

    /** The word written in {@code editions.csv}. */
    public String word() {
        return word;
    }

    public boolean takesSubmissions() {
        return this != PUBLISHED;
    }

    public static Optional<EditionState> of(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
    }
}
