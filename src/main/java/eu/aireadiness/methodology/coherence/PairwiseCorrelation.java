package eu.aireadiness.methodology.coherence;

import java.util.Arrays;

import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/**
 * Pearson and Spearman correlation of two columns on pairwise complete observations, as R's
 * {@code cor(x, y, use = "pairwise.complete.obs")}: a unit missing either value is left out of that pair only.
 * The arithmetic is Hipparchus' {@link PearsonsCorrelation} and {@link SpearmansCorrelation} (whose default ranking
 * gives tied values their average rank, as R's {@code rank} does); this class only chooses the units and decides when
 * a coefficient is undefined, so that data problems give {@code NaN} instead of an exception.
 */
record PairwiseCorrelation(double pearson, double spearman, int n) {

    /** Below three pairs a correlation is ±1 or undefined whatever the data, so it says nothing. */
    static final int MINIMUM_UNITS = 3;

    static PairwiseCorrelation of(double[] x, double[] y) {
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
        return new PairwiseCorrelation(new PearsonsCorrelation().correlation(xs, ys),
                new SpearmansCorrelation().correlation(xs, ys), n);
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
