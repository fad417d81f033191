package eu.aireadiness.methodology.engine;

/**
 * Outlier treatment, as COINr's Treat: a column is an outlier case when |skew| and kurtosis both reach their
 * thresholds; it is then winsorised up to {@code winmax} points, and log-transformed when that is not enough.
 *
 * @param logFallback whether a column still failing after {@code winmax} points is log-transformed (COINr's
 *                    default); when false it keeps the winsorised values
 */
public record TreatSpec(Method method, int winmax, double skewThreshold, double kurtThreshold, boolean logFallback) {

    /** The treatment methods. */
    public enum Method { NONE, WINSORISE }

    public TreatSpec {
        if (winmax < 0) {
            throw new InvalidMethodException("treat.winmax", "expected a whole number 0 or more, found " + winmax);
        }
        if (!(skewThreshold > 0) || Double.isInfinite(skewThreshold)) {
            throw new InvalidMethodException("treat.skew", "expected a number above 0, found " + skewThreshold);
        }
        if (!Double.isFinite(kurtThreshold)) {
            throw new InvalidMethodException("treat.kurt", "expected a finite number, found " + kurtThreshold);
        }
    }

    /** COINr's defaults: winmax 5, |skew| 2, kurtosis 3.5, log transform as the fallback. */
    public static TreatSpec coinrDefault() {
        return new TreatSpec(Method.WINSORISE, 5, 2.0, 3.5, true);
    }

    public static TreatSpec none() {
        return new TreatSpec(Method.NONE, 5, 2.0, 3.5, true);
    }
}
