package eu.aireadiness.methodology.engine;

/**
 * Skewness and excess kurtosis of the present values of a column, as Excel's SKEW and KURT (sample G1 and G2),
 * and whether the column is acceptable: |skew| below its threshold or kurtosis below its threshold.
 *
 * @param skew       NaN when it cannot be computed (zero variance, fewer than three values)
 * @param kurt       NaN when it cannot be computed (zero variance, fewer than four values)
 * @param acceptable false when either statistic is NaN
 */
public record Shape(double skew, double kurt, boolean acceptable) {

    public boolean defined() {
        return !Double.isNaN(skew) && !Double.isNaN(kurt);
    }

    /** Computes the shape of {@code x}, judged against the thresholds of {@code spec}. */
    static Shape of(double[] x, TreatSpec spec) {
        double mean = ColumnStatistics.mean(x);
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                double d = v - mean;
                double d2 = d * d;
                s2 += d2;
                s3 += d2 * d;
                s4 += d2 * d2;
                n++;
            }
        }
        double skew = Double.NaN;
        double kurt = Double.NaN;
        if (s2 > 0 && n > 3) {
            skew = Math.sqrt(n) * s3 / Math.pow(s2, 1.5) * Math.sqrt((double) n * (n - 1)) / (n - 2);
            double r = n * s4 / (s2 * s2);
            kurt = ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
        }
        boolean defined = Double.isFinite(skew) && Double.isFinite(kurt);
        boolean acceptable = defined && (Math.abs(skew) < spec.skewThreshold() || kurt < spec.kurtThreshold());
        return new Shape(defined ? skew : Double.NaN, defined ? kurt : Double.NaN, acceptable);
    }
}
