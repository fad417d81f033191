package eu.aireadiness.methodology.uncertainty;

/**
 * How often each unit took each rank over the replications. Ranks are integers 1..units, so the counts hold all
 * the analysis needs (exact percentiles and means) in units x units integers, whatever the number of replications,
 * and merging two histograms is an exact, order-free sum.
 */
final class RankHistogram {

    private final int units;
    private final long[] counts;
    private long replications;

    RankHistogram(int units) {
        this.units = units;
        this.counts = new long[units * units];
    }

    /** Adds one replication's ranks; each must be in 1..units. */
    void add(int[] ranks) {
        for (int u = 0; u < units; u++) {
            int rank = ranks[u];
            if (rank < 1 || rank > units) {
                throw new IllegalStateException("the model gave unit " + u + " rank " + rank + ", expected 1 to "
                        + units + ". Leave units without a score out of the analysis.");
            }
            counts[u * units + rank - 1]++;
        }
        replications++;
    }

    void addAll(RankHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        replications += other.replications;
    }

    long replications() {
        return replications;
    }

    long count(int unit, int rank) {
        return counts[unit * units + rank - 1];
    }

    double meanRank(int unit) {
        long sum = 0;
        for (int rank = 1; rank <= units; rank++) {
            sum += rank * count(unit, rank);
        }
        return (double) sum / replications;
    }

    /**
     * The p-quantile of the unit's ranks by the definition of R's {@code quantile(type = 7)} (also Hipparchus'
     * {@code Percentile.EstimationType.R_7} and the default of numpy): with the n ranks sorted as x[0..n-1] and
     * h = (n - 1) p, the quantile is x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
     */
    double quantile(int unit, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a quantile's probability must be in [0, 1], found " + p);
        }
        if (replications == 0) {
            throw new IllegalStateException("no replications to take a quantile of");
        }
        double h = (replications - 1) * p;
        long below = (long) Math.floor(h);
        int lower = orderStatistic(unit, below);
        int upper = below + 1 < replications ? orderStatistic(unit, below + 1) : lower;
        return lower + (h - below) * (upper - lower);
    }

    /** The k-th smallest rank of the unit (k from 0), read off the cumulative counts. */
    private int orderStatistic(int unit, long k) {
        long cumulative = 0;
        for (int rank = 1; rank <= units; rank++) {
            cumulative += count(unit, rank);
            if (cumulative > k) {
                return rank;
            }
        }
        throw new IllegalStateException("order statistic " + k + " beyond " + replications + " replications");
    }
}
