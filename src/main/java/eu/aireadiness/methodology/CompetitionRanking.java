package eu.aireadiness.methodology;

import java.util.Arrays;

/**
 * Ranks scores with the highest first; tied scores share the smallest rank of their block (1, 2, 2, 4), as
 * sports results do. Missing scores get no rank.
 */
public final class CompetitionRanking {

    /** Rank given to a missing score. */
    public static final int NO_RANK = 0;

    private CompetitionRanking() {
    }

    /**
     * A score's rank is one more than the number of scores above it. The present scores are sorted once and each
     * score's place found by a binary search written without data-dependent branches: ranks are taken for every
     * column of every build of a Monte Carlo run, where mispredicted branches would dominate.
     */
    public static int[] rank(double[] scores) {
        double[] sorted = new double[scores.length];
        int n = 0;
        for (double s : scores) {
            if (!Double.isNaN(s)) {
                sorted[n++] = s + 0.0; // -0.0 + 0.0 is 0.0: the sort must not separate what == considers equal
            }
        }
        Arrays.sort(sorted, 0, n);
        int[] ranks = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            ranks[i] = Double.isNaN(scores[i]) ? NO_RANK : n - countAtMost(sorted, n, scores[i]) + 1;
        }
        return ranks;
    }

    /** How many of the {@code n} sorted values are at most {@code x}, for an {@code x} among them. */
    private static int countAtMost(double[] sorted, int n, double x) {
        int base = 0;
        int length = n;
        while (length > 1) {
            int half = length >>> 1;
            base = sorted[base + half] <= x ? base + half : base;
            length -= half;
        }
        return base + 1;
    }
}
