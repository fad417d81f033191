package eu.aireadiness.methodology.uncertainty;

import java.util.List;

/**
 * The Sobol indices of each factor. The first-order index S_i is the share of the output's variance due to factor
 * i alone; the total index ST_i adds its interactions with the others, so ST_i near 0 means the assumption could be
 * fixed at any value. Estimates come with seeded bootstrap percentile intervals, NaN when none were asked for.
 *
 * @param outputVariance the variance of the model's output over the rows of A and B, the estimators' denominator
 * @param modelRuns      N(d + 2)
 */
public record SensitivityResult(List<FactorIndices> factors, int baseSamples, int modelRuns, double outputMean,
        double outputVariance) {

    public SensitivityResult {
        factors = List.copyOf(factors);
    }

    public FactorIndices factor(String name) {
        return factors.stream().filter(f -> f.factor().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no factor " + name + " in this analysis"));
    }

    public record FactorIndices(String factor, double firstOrder, double total, Interval firstOrderInterval,
            Interval totalInterval) {
    }

    /** A confidence interval; both ends NaN when it was not estimated. */
    public record Interval(double lower, double upper) {

        static final Interval NOT_ESTIMATED = new Interval(Double.NaN, Double.NaN);

        public boolean contains(double x) {
            return lower <= x && x <= upper;
        }
    }
}
