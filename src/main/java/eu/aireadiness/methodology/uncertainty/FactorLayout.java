package eu.aireadiness.methodology.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The factors of an analysis of the index's assumptions, in this order: one noisy weight set per varied level
 * ({@code weights.2}, {@code weights.3} ...), then {@code normalise}, {@code aggregate} and {@code winmax} when
 * varied; and where the model finds each one's choice. A step not varied has no factor and always alternative 0.
 *
 * @param weightFactors by varied level (in the order of {@link UncertaintySpec.WeightNoise#levels()}), its factor
 */
record FactorLayout(FactorSpace space, int[] weightFactors, int normalisation, int aggregation, int winmax) {

    private static final int NOT_VARIED = -1;

    static FactorLayout of(UncertaintySpec spec, MethodAlternatives alternatives) {
        List<Factor> factors = new ArrayList<>();
        List<Integer> levels = spec.weights().map(UncertaintySpec.WeightNoise::levels).orElse(List.of());
        int[] weightFactors = new int[levels.size()];
        for (int l = 0; l < levels.size(); l++) {
            weightFactors[l] = factors.size();
            factors.add(NoisyWeights.factor("weights." + levels.get(l), spec.weights().orElseThrow().sets()));
        }
        int normalisation = add(factors, "normalise", spec.normalisations().isEmpty() ? List.of()
                : alternatives.normalisations().stream().map(MethodAlternatives::describe).toList());
        int aggregation = add(factors, "aggregate",
                spec.means().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList());
        int winmax = add(factors, "winmax", spec.winmax().stream().map(String::valueOf).toList());
        return new FactorLayout(new FactorSpace(factors), weightFactors, normalisation, aggregation, winmax);
    }

    private static int add(List<Factor> factors, String name, List<String> alternatives) {
        if (alternatives.isEmpty()) {
            return NOT_VARIED;
        }
        factors.add(new Factor.Choice(name, alternatives));
        return factors.size() - 1;
    }

    /** The alternative a factor chose, from the factor values of a replication; 0 for a step not varied. */
    static int choice(double[] factorValues, int factor) {
        return factor == NOT_VARIED ? 0 : Factor.Choice.position(factorValues[factor]);
    }
}
