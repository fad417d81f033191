package eu.aireadiness.methodology.engine;

import java.util.Map;

/**
 * How indicators are brought to a common scale. Directions are applied first: a value is multiplied by its
 * indicator's direction, so that higher is always better.
 *
 * @param lower     the low end of the range for {@link Method#MINMAX} and {@link Method#GOALPOSTS}
 * @param upper     the high end of that range
 * @param mean      the mean of {@link Method#ZSCORE} scores
 * @param sd        the standard deviation of {@link Method#ZSCORE} scores, above 0
 * @param goalposts by indicator code, goalposts replacing those of the meta
 */
public record NormaliseSpec(Method method, double lower, double upper, double mean, double sd,
                            Map<String, Goalposts> goalposts) {

    /** The normalisation methods. */
    public enum Method {
        /** (x - min) / (max - min), stretched to [lower, upper] */
        MINMAX,
        /** (x - mean) / sd, then multiplied by sd and shifted by mean */
        ZSCORE,
        /** (x - lower goalpost) / (upper - lower goalpost), capped to [0, 1], stretched to [lower, upper] */
        GOALPOSTS,
        /** the rank from the lowest (1), ties sharing the smallest rank */
        RANK,
        /** (rank - 1) / (number of present values - 1), ties sharing the smallest rank */
        PERCENTILE_RANK
    }

    /** The values of an indicator that score the low and the high end of the range, in the indicator's units. */
    public record Goalposts(double lower, double upper) {

        public Goalposts {
            if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
                throw new IllegalArgumentException("goalposts must be two finite numbers, the lower first, found "
                        + lower + " and " + upper);
            }
        }
    }

    public NormaliseSpec {
        goalposts = Map.copyOf(goalposts);
        if ((method == Method.MINMAX || method == Method.GOALPOSTS)
                && !(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new InvalidMethodException("normalise.range", "expected [low, high] with low < high, found ["
                    + lower + ", " + upper + "]");
        }
        if (method == Method.ZSCORE && !(sd > 0 && Double.isFinite(sd) && Double.isFinite(mean))) {
            throw new InvalidMethodException("normalise.sd", "expected a finite sd above 0 and a finite mean, found"
                    + " sd " + sd + " and mean " + mean);
        }
    }

    public static NormaliseSpec minMax(double lower, double upper) {
        return new NormaliseSpec(Method.MINMAX, lower, upper, 0, 1, Map.of());
    }

    public static NormaliseSpec zScore(double mean, double sd) {
        return new NormaliseSpec(Method.ZSCORE, 0, 100, mean, sd, Map.of());
    }

    public static NormaliseSpec of(Method method) {
        return new NormaliseSpec(method, 0, 100, 0, 1, Map.of());
    }
}
