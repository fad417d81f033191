package eu.aireadiness.methodology;

import java.util.Arrays;

/**
 * Ranks scores with the highest first; tied scores share the smallest rank of their block (1, 2, 2, 4), as
 * sports results do. Missing scores get no rank.
 *
 * <p>By default scores tie only when they are equal to the bit, as in R's {@code rank(ties.method = "min")} that
 * COINr uses. A relative tolerance can be given instead: means of the same numbers taken in another order differ in
 * the last bits (100/7 + 40/7 + 10/3 is not bit-equal to 10/3 + 40/7 + 100/7), and a publication may not want such
 * rounding to decide which of two equal countries ranks first.
 */
public final class CompetitionRanking {

    /** Rank given to a missing score. */
    public static final int NO_RANK = 0;


    /**
     * Up to this many values, insertion sort is the fastest (about twice Arrays.sort plus searches for the 51 units
     * of the ASEM data); longer runs are merged, so that thousands of units stay O(n log n).
     */
    private static final int SMALL = 64;

    /**
     * Inside a merge sort of more than {@link #SMALL} values, runs up to this long are sorted by insertion: its cost
     * per value grows with the run, and at 100,000 units runs of 64 took as long as all the merging.
     */
    private static final int RUN = 16;

    private CompetitionRanking() {
    }

    /**
     * Sorts the present scores with their positions from the highest down, then walks them once: a score equal to
     * the one before shares its rank. Ranks are taken for every column of every build of a Monte Carlo run, hence
     * the primitive arrays and no per-value search.
     */
    public static int[] rank(double[] scores) {
        return rank(scores, 0);
    }

    /** @param tieTolerance scores whose relative difference is at most this share a rank; 0 for exact ties */
    public static int[] rank(double[] scores, double tieTolerance) {
        int[] ranks = new int[scores.length];
        rank(scores, tieTolerance, ranks, new double[scores.length], new int[scores.length]);
        return ranks;
    }

    /**
     * The same ranks written into {@code ranksOut}, with caller-owned work arrays (each as long as {@code scores}):
     * a Monte Carlo worker ranks thousands of index columns without allocating.
     */
    public static void rank(double[] scores, double tieTolerance, int[] ranksOut, double[] keys, int[] positions) {
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                keys[n] = scores[i];
                positions[n++] = i;
            }
        }
        sortDescending(keys, positions, 0, n, n <= SMALL ? SMALL : RUN, null, null);
        Arrays.fill(ranksOut, NO_RANK);
        for (int k = 0; k < n; k++) {
            boolean tied = k > 0 && keys[k - 1] - keys[k] <= tieTolerance * Math.abs(keys[k - 1]);
            ranksOut[positions[k]] = tied ? ranksOut[positions[k - 1]] : k + 1;
        }
    }

    /** Sorts {@code keys[from, to)} from the highest down, moving {@code positions} along; buffers made on need. */
    private static void sortDescending(double[] keys, int[] positions, int from, int to, int run,
                                       double[] keyBuffer, int[] positionBuffer) {
        if (to - from <= run) {
            insertionSort(keys, positions, from, to);
            return;
        }
        double[] kb = keyBuffer != null ? keyBuffer : new double[keys.length];
        int[] pb = positionBuffer != null ? positionBuffer : new int[keys.length];
        int middle = (from + to) >>> 1;
        sortDescending(keys, positions, from, middle, run, kb, pb);
        sortDescending(keys, positions, middle, to, run, kb, pb);
        if (keys[middle - 1] >= keys[middle]) {
            return; // the halves are already in order: a column close to sorted, as ranks of ranks are
        }
        System.arraycopy(keys, from, kb, from, to - from);
        System.arraycopy(positions, from, pb, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            boolean takeLeft = right >= to || (left < middle && kb[left] >= kb[right]);
            keys[k] = takeLeft ? kb[left] : kb[right];
            positions[k] = takeLeft ? pb[left++] : pb[right++];
        }
    }

    private static void insertionSort(double[] keys, int[] positions, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double key = keys[i];
            int position = positions[i];
            int j = i - 1;
            while (j >= from && keys[j] < key) {
                keys[j + 1] = keys[j];
                positions[j + 1] = positions[j];
                j--;
            }
            keys[j + 1] = key;
            positions[j + 1] = position;
        }
    }
}
