package eu.aireadiness.results;

/**
 * Where a country's index rank lies when the method's assumptions vary (weights, normalisation, aggregation): the
 * median, 5th and 95th percentiles of its ranks over the uncertainty analysis's replications. Percentiles can fall
 * between two ranks.
 *
 * @param low  the 5th percentile: the better end of the interval
 * @param high the 95th percentile: the worse end
 */
public record RankInterval(double median, double low, double high, int replications) {

    public RankInterval {
        if (!(low <= median && median <= high)) {
            throw new IllegalArgumentException("a rank interval runs from low to high through the median, found "
                    + low + ", " + median + ", " + high);
        }
    }

    /** The interval rounded outwards to whole ranks, as printed: {@code [floor(low), ceil(high)]}. */
    public int lowRank() {
        return (int) Math.floor(low);
    }

    public int highRank() {
        return (int) Math.ceil(high);
    }
}
