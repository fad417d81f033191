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

    /** A score's rank is one more than the number of scores above it; found by sorting, as ranks are taken often. */
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
            ranks[i] = Double.isNaN(scores[i]) ? NO_RANK : n - firstAbove(sorted, n, scores[i]) + 1;
        }
        return ranks;
    }

    /** The position of the first of the {@code n} sorted values that is above {@code x} ({@code n} if none). */
    private static int firstAbove(double[] sorted, int n, double x) {
        int low = 0;
        int high = n;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= x) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
