package eu.aireadiness.methodology.uncertainty;

import java.util.Arrays;

/**
 * Every replication's ranks, kept whole (one {@code int} per unit and replication), and each unit's summary taken
 * from its own sorted ranks: exact percentiles and mean, in memory that grows with units x replications (4 bytes
 * each), never with units squared. Replication r's ranks sit in their own row r, so workers on other threads fill
 * other rows and the summaries do not depend on which thread ran which replication.
 */
final class RankSamples {

    /** Ranks gathered at once (256 KB): a block of units' ranks of every replication stays in a processor's cache. */
    private static final int GATHERED = 1 << 16;

    private final int units;
    private final int[][] byReplication;

    /**
     * @throws IllegalArgumentException when units x replications ranks are beyond counting in bytes
     */
    RankSamples(int units, int replications) {
        if (units < 1 || replications < 1) {
            throw new IllegalArgumentException("need at least one unit and one replication, found " + units
                    + " units and " + replications + " replications");
        }
        bytes(units, replications); // refuses a product beyond a long before anything is allocated
        this.units = units;
        this.byReplication = new int[replications][];
    }

    /** The memory the ranks take: 4 bytes per unit and replication, plus a row header per replication. */
    static long bytes(int units, int replications) {
        try {
            return Math.addExact(Math.multiplyExact(Math.multiplyExact((long) units, replications), Integer.BYTES),
                    Math.multiplyExact((long) replications, 16L + 8L));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(units + " units x " + replications + " replications of ranks are"
                    + " beyond any memory; lower the replications", e);
        }
    }

    int replications() {
        return byReplication.length;
    }

    /** Keeps a copy of replication {@code replication}'s ranks; each must be in 1..units. */
    void put(int replication, int[] ranks) {
        if (ranks.length != units) {
            throw new IllegalArgumentException(ranks.length + " ranks for " + units + " units");
        }
        for (int u = 0; u < units; u++) {
            int rank = ranks[u];
            if (rank < 1 || rank > units) {
                throw new IllegalStateException("the model gave unit " + u + " rank " + rank + ", expected 1 to "
                        + units + ". Leave units without a score out of the analysis.");
            }
        }
        byReplication[replication] = ranks.clone();
    }

    /** What the analysis publishes of one unit's ranks. */
    record Summary(double median, double lower, double upper, double mean) {
    }

    /**
     * Each unit's median, {@code lowerP} and {@code upperP} quantiles (R's type 7, see {@link #quantile}) and mean
     * rank, in unit order. Units are taken in blocks: a block's ranks are gathered replication by replication (each
     * read a short run of one row), then each unit's are sorted.
     */
    Summary[] summarise(double lowerP, double upperP) {
        int replications = byReplication.length;
        for (int r = 0; r < replications; r++) {
            if (byReplication[r] == null) {
                throw new IllegalStateException("replication " + r + " of " + replications + " has no ranks");
            }
        }
        Summary[] summaries = new Summary[units];
        int block = Math.max(1, Math.min(units, GATHERED / replications));
        int[] gathered = new int[Math.multiplyExact(block, replications)];
        for (int first = 0; first < units; first += block) {
            int end = Math.min(units, first + block);
            for (int r = 0; r < replications; r++) {
                int[] row = byReplication[r];
                for (int u = first; u < end; u++) {
                    gathered[(u - first) * replications + r] = row[u];
                }
            }
            for (int u = first; u < end; u++) {
                int from = (u - first) * replications;
                int to = from + replications;
                Arrays.sort(gathered, from, to);
                long sum = 0;
                for (int k = from; k < to; k++) {
                    sum += gathered[k];
                }
                summaries[u] = new Summary(quantile(gathered, from, replications, 0.5),
                        quantile(gathered, from, replications, lowerP),
                        quantile(gathered, from, replications, upperP), (double) sum / replications);
            }
        }
        return summaries;
    }

    /**
     * The p-quantile of n sorted ranks x[0..n-1] (starting at {@code from}) by the definition of R's
     * {@code quantile(type = 7)} (also Hipparchus' {@code Percentile.EstimationType.R_7} and the default of numpy):
     * with h = (n - 1) p, the quantile is x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
     */
    static double quantile(int[] sorted, int from, int n, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile's probability must be in [0, 1], found " + p);
        }
        double h = (n - 1L) * p;
        long below = (long) Math.floor(h);
        int lower = sorted[from + (int) below];
        int upper = below + 1 < n ? sorted[from + (int) below + 1] : lower;
        return lower + (h - below) * (upper - lower);
    }
}
