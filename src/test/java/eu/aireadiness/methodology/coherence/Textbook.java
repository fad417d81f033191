package eu.aireadiness.methodology.coherence;

import java.util.List;

/**
 * The textbook formulas, written out with explicit sums and no library, so that tests on real data check the
 * Hipparchus-based code against an independent computation. Complete data only (no missing values).
 */
final class Textbook {

    private Textbook() {
    }

    /** r = Σ(x−x̄)(y−ȳ) / sqrt(Σ(x−x̄)² Σ(y−ȳ)²). */
    static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Pearson of the ranks; a value's rank is 1 + (number below) + (number of others equal) / 2. */
    static double spearman(double[] x, double[] y) {
        return pearson(averageRanks(x), averageRanks(y));
    }

    private static double[] averageRanks(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = 0;
            int equalOthers = 0;
            for (int j = 0; j < values.length; j++) {
                if (values[j] < values[i]) {
                    below++;
                } else if (values[j] == values[i] && j != i) {
                    equalOthers++;
                }
            }
            ranks[i] = 1 + below + equalOthers / 2.0;
        }
        return ranks;
    }

    /** alpha = k/(k−1) (1 − Σ s²_i / s²_total), sample variances (divisor n − 1). */
    static double cronbachAlpha(List<double[]> items) {
        int k = items.size();
        double[] total = new double[items.get(0).length];
        double sumOfVariances = 0;
        for (double[] x : items) {
            sumOfVariances += sampleVariance(x);
            for (int u = 0; u < x.length; u++) {
                total[u] += x[u];
            }
        }
        return k / (k - 1.0) * (1 - sumOfVariances / sampleVariance(total));
    }

    private static double sampleVariance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}
