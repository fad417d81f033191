package eu.aireadiness.methodology.coherence;

/**
 * Ranks from the lowest value (1), tied values sharing the average of their ranks, as R's {@code rank} and
 * Hipparchus' {@code NaturalRanking} with its default ties strategy give them; values tie when
 * {@link Double#compare} says they are equal, as there. The ranks are the same doubles: a run of {@code length}
 * ties from rank c gets (2c + length - 1) / 2, a whole or half number, exact. Positions are sorted by value on
 * primitive arrays (a merge sort), where the general algorithm's boxed pairs took a third of a 100,000-unit
 * computation.
 */
final class AverageRanks {

    /** Runs up to this long are sorted by insertion, the rest merged. */
    private static final int SMALL = 32;

    private AverageRanks() {
    }

    /** @param values no NaN (the caller keeps complete pairs only) */
    static double[] of(double[] values) {
        int n = values.length;
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        sort(values, positions, new int[n], 0, n);
        double[] ranks = new double[n];
        for (int first = 0; first < n; ) {
            int end = first + 1;
            while (end < n && Double.compare(values[positions[end]], values[positions[first]]) == 0) {
                end++;
            }
            double c = first + 1;
            double rank = (2 * c + (end - first) - 1) / 2d;
            for (int k = first; k < end; k++) {
                ranks[positions[k]] = rank;
            }
            first = end;
        }
        return ranks;
    }

    /** Sorts {@code positions[from, to)} by their values, ascending in {@link Double#compare}'s order. */
    private static void sort(double[] values, int[] positions, int[] buffer, int from, int to) {
        if (to - from <= SMALL) {
            for (int i = from + 1; i < to; i++) {
                int p = positions[i];
                int j = i - 1;
                while (j >= from && Double.compare(values[positions[j]], values[p]) > 0) {
                    positions[j + 1] = positions[j];
                    j--;
                }
                positions[j + 1] = p;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        sort(values, positions, buffer, from, middle);
        sort(values, positions, buffer, middle, to);
        if (Double.compare(values[positions[middle - 1]], values[positions[middle]]) <= 0) {
            return; // already in order, as in a column sorted by a monotone aggregate
        }
        System.arraycopy(positions, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int k = from; k < to; k++) {
            boolean takeLeft = right >= to
                    || (left < middle && Double.compare(values[buffer[left]], values[buffer[right]]) <= 0);
            positions[k] = takeLeft ? buffer[left++] : buffer[right++];
        }
    }
}
