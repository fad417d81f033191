package eu.aireadiness.methodology.coherence;

import java.util.Arrays;

import org.hipparchus.stat.correlation.PearsonsCorrelation;

/**
 * Pearson and Spearman correlation of two columns on pairwise complete observations, as R's
 * {@code cor(x, y, use = "pairwise.complete.obs")}: a unit missing either value is left out of that pair only.
 * The arithmetic is Hipparchus' {@link PearsonsCorrelation}, on the values and on their {@link AverageRanks} (tied
 * values sharing their average rank, as R's {@code rank} and Hipparchus' {@code SpearmansCorrelation} rank them);
 * this class only chooses the units and decides when a coefficient is undefined, so that data problems give
 * {@code NaN} instead of an exception.
 */
record PairwiseCorrelation(double pearson, double spearman, int n) {

    /** Below three pairs a correlation is ±1 or undefined whatever the data, so it says nothing. */
    static final int MINIMUM_UNITS = 3;

    static PairwiseCorrelation of(double[] x, double[] y) {
        return of(new Column(x), new Column(y), true);
    }

    /**
     * The same, for columns compared with several others: when neither misses a value, every unit is a pair, and
     * the ranks each column got for an earlier pair serve again.
     */
    static PairwiseCorrelation of(Column x, Column y) {
        return of(x, y, true);
    }

    /** The Pearson coefficient alone, by the same rules: the pairs of siblings need no ranking. */
    static double pearson(double[] x, double[] y) {
        return of(new Column(x), new Column(y), false).pearson();
    }

    /** A column of scores, with its average ranks once asked for (used only when it misses no value). */
    static final class Column {

        private final double[] values;
        private final boolean complete;
        private double[] ranks;

        Column(double[] values) {
            this.values = values;
            boolean none = true;
            for (double v : values) {
                none &= !Double.isNaN(v);
            }
            this.complete = none;
        }

        private double[] ranks() {
            if (ranks == null) {
                ranks = AverageRanks.of(values);
            }
            return ranks;
        }
    }

    private static PairwiseCorrelation of(Column a, Column b, boolean withSpearman) {
        if (a.complete && b.complete && a.values.length == b.values.length) {
            int n = a.values.length;
            if (n < MINIMUM_UNITS || isConstant(a.values) || isConstant(b.values)) {
                return new PairwiseCorrelation(Double.NaN, Double.NaN, n);
            }
            double spearman = withSpearman ? new PearsonsCorrelation().correlation(a.ranks(), b.ranks())
                    : Double.NaN;
            return new PairwiseCorrelation(new PearsonsCorrelation().correlation(a.values, b.values), spearman, n);
        }
        double[] x = a.values;
        double[] y = b.values;
        int n = 0;
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int u = 0; u < x.length; u++) {
            if (!Double.isNaN(x[u]) && !Double.isNaN(y[u])) {
                xs[n] = x[u];
                ys[n] = y[u];
                n++;
            }
        }
        if (n < MINIMUM_UNITS) {
            return new PairwiseCorrelation(Double.NaN, Double.NaN, n);
        }
        xs = Arrays.copyOf(xs, n);
        ys = Arrays.copyOf(ys, n);
        if (isConstant(xs) || isConstant(ys)) {
            return new PairwiseCorrelation(Double.NaN, Double.NaN, n);
        }
        // Spearman's coefficient is Pearson's on the average ranks, as SpearmansCorrelation computes it
        double spearman = withSpearman
                ? new PearsonsCorrelation().correlation(AverageRanks.of(xs), AverageRanks.of(ys)) : Double.NaN;
        return new PairwiseCorrelation(new PearsonsCorrelation().correlation(xs, ys), spearman, n);
    }

    /** A constant column has no variance, so any correlation with it is undefined (R gives NA with a warning). */
    static boolean isConstant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
