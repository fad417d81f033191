package eu.aireadiness.methodology.engine;

/**
 * The weighted means of aggregation. Missing values (NaN) are left out with their weights; when nothing is left,
 * or the weights left sum to zero, the mean is missing. Public so that the uncertainty analysis, which re-aggregates
 * only the levels its assumptions change, computes exactly the numbers a full build would.
 */
public final class WeightedMeans {

    private WeightedMeans() {
    }

    public static double of(AggregateSpec.Mean mean, double[] x, double[] w) {
        double weightSum = 0;
        for (int k = 0; k < x.length; k++) {
            if (!Double.isNaN(x[k])) {
                weightSum += w[k];
            }
        }
        if (!(weightSum > 0)) {
            return Double.NaN;
        }
        return switch (mean) {
            case ARITHMETIC -> arithmetic(x, w, weightSum);
            case GEOMETRIC -> geometric(x, w, weightSum);
            case HARMONIC -> harmonic(x, w, weightSum);
        };
    }

    /** Sum of (w / sum of w) x: the weights are rescaled first, as METHOD.md 2.6 says. */
    private static double arithmetic(double[] x, double[] w, double weightSum) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            if (!Double.isNaN(x[k])) {
                sum += w[k] / weightSum * x[k];
            }
        }
        return sum;
    }

    /** (product of x^w)^(1 / sum of w), as COINr's a_gmean. */
    private static double geometric(double[] x, double[] w, double weightSum) {
        double product = 1;
        for (int k = 0; k < x.length; k++) {
            if (!Double.isNaN(x[k])) {
                product *= Math.pow(x[k], w[k]);
            }
        }
        return Math.pow(product, 1 / weightSum);
    }

    /** sum of w / sum of (w / x), as COINr's a_hmean. */
    private static double harmonic(double[] x, double[] w, double weightSum) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            if (!Double.isNaN(x[k])) {
                sum += w[k] / x[k];
            }
        }
        return weightSum / sum;
    }
}
