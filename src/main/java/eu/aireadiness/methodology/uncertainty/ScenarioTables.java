package eu.aireadiness.methodology.uncertainty;

import java.util.List;
import java.util.Locale;

import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.engine.Aggregate;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.Normalise;
import eu.aireadiness.methodology.engine.Treat;

/**
 * The scores the varied weights cannot change, computed once per scenario (a winsorisation cap, a normalisation
 * and a mean) before the analysis starts: the treated table once per cap, the normalised one once per (cap,
 * normalisation), then the levels below the lowest varied weights. A replication only looks its scenario's table up.
 * Combinations the engine would stop on in mid-run (a geometric mean over a score of zero) are refused here.
 */
final class ScenarioTables {

    /** {@code tables[scenario][slot][unit]}: the scores of the fixed codes. */
    private final double[][][] tables;

    private ScenarioTables(double[][][] tables) {
        this.tables = tables;
    }

    /**
     * @param screened   the screened table of the nominal method (denominate, impute and screen do not vary)
     * @param fixedCodes the codes whose scores the varied weights leave unchanged, in the order of their slots
     */
    static ScenarioTables compute(IndicatorTable screened, IndexStructure structure, MethodSpec nominal,
            MethodAlternatives alternatives, List<String> fixedCodes) {
        double[][][] tables = new double[alternatives.scenarios()][][];
        for (int t = 0; t < alternatives.treatments().size(); t++) {
            IndicatorTable treated = Treat.apply(screened, alternatives.treatments().get(t)).table();
            for (int n = 0; n < alternatives.normalisations().size(); n++) {
                IndicatorTable normalised = Normalise.apply(treated, structure,
                        alternatives.normalisations().get(n));
                for (int a = 0; a < alternatives.aggregations().size(); a++) {
                    AggregateSpec aggregation = alternatives.aggregations().get(a);
                    if (alternatives.needsPositiveScores(a, structure.topLevel())) {
                        requirePositive(normalised, alternatives, t, n, aggregation);
                    }
                    IndicatorTable aggregated = Aggregate.apply(normalised, structure, aggregation,
                            nominal.weights());
                    tables[alternatives.scenario(t, n, a)] = fixedCodes.stream().map(aggregated::column)
                            .toArray(double[][]::new);
                }
            }
        }
        return new ScenarioTables(tables);
    }

    double[][] scenario(int scenario) {
        return tables[scenario];
    }

    /**
     * Only the normalised scores need checking: a geometric or harmonic mean of scores above zero is above zero, and
     * so is an arithmetic one, so every level above inherits the property.
     */
    private static void requirePositive(IndicatorTable normalised, MethodAlternatives alternatives, int t, int n,
            AggregateSpec aggregation) {
        for (int c = 0; c < normalised.codes().size(); c++) {
            for (int u = 0; u < normalised.units().size(); u++) {
                double score = normalised.get(u, c);
                if (score <= 0) {
                    String mean = firstPositiveMean(aggregation);
                    String cap = alternatives.treatments().size() > 1
                            ? " with winmax " + alternatives.treatments().get(t).winmax() : "";
                    throw new InvalidMethodException(alternatives.normalisationKey(n), "the " + mean + " mean needs"
                            + " scores above zero, but normalisation "
                            + MethodAlternatives.describe(alternatives.normalisations().get(n)) + cap + " scores unit "
                            + normalised.units().get(u) + " at " + score + " on indicator " + normalised.codes().get(c)
                            + "; normalise to scores above zero (e.g. minmax to [1, 100], or a zscore mean further"
                            + " from zero) or leave the " + mean + " mean out of uncertainty.aggregate");
                }
            }
        }
    }

    private static String firstPositiveMean(AggregateSpec aggregation) {
        AggregateSpec.Mean mean = aggregation.otherLevels() != AggregateSpec.Mean.ARITHMETIC
                ? aggregation.otherLevels()
                : aggregation.methodByLevel().values().stream().filter(m -> m != AggregateSpec.Mean.ARITHMETIC)
                        .findFirst().orElse(AggregateSpec.Mean.ARITHMETIC);
        return mean.name().toLowerCase(Locale.ROOT);
    }
}
