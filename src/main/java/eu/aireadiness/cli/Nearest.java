package eu.aireadiness.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.framework.EditDistance;

/** The word of a list nearest to a mistyped one, to suggest in place of it: "did you mean --output?". */
final class Nearest {

    private Nearest() {
    }

    /** The candidate at the fewest edits from {@code typed}, if a typing slip away: at most 2 edits, and fewer than its length. */
    static Optional<String> to(String typed, List<String> candidates) {
        return candidates.stream()
                .filter(c -> EditDistance.between(typed, c) <= Math.min(2, Math.max(1, typed.length() - 1)))
                .min(Comparator.comparingInt((String c) -> EditDistance.between(typed, c)).thenComparing(Comparator.naturalOrder()));
    }
}
