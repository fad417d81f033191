package eu.aireadiness.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The word of a list nearest to a mistyped one, to suggest in place of it: "did you mean --output?". */
final class Nearest {

    private Nearest() {
    }

    /** The candidate at the fewest edits from {@code typed}, if a typing slip away: at most 2 edits, and fewer than its length. */
    static Optional<String> to(String typed, List<String> candidates) {
        return candidates.stream()
                .filter(c -> distance(typed, c) <= Math.min(2, Math.max(1, typed.length() - 1)))
                .min(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions or substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
