package eu.aireadiness.methodology.uncertainty;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import eu.aireadiness.methodology.CompetitionRanking;
import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.engine.Aggregate;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.CodeMeta;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.Normalise;
import eu.aireadiness.methodology.engine.NormaliseSpec;

/**
 * A six-country index built with the engine's own steps: four indicators normalised between goalposts, averaged
 * into two pillars with equal weights, and the pillars aggregated into the index with weights 1/2 each times a
 * +-25% multiplier, by the arithmetic or the geometric mean. The raw values are chosen so that the pillar scores
 * are round numbers: each pillar's two scores are v + 5 and v - 5 around the pillar score v.
 *
 * <pre>
 *          P1  P2   arithmetic  geometric (sqrt(P1 P2))
 *   TOP    90  90   90   (1)    90     (1)
 *   X      80  40   60   (2)    56.57  (3)
 *   Y      58  58   58   (3)    58     (2)
 *   Z      50  45   47.5 (4)    47.43  (4)
 *   W      25  65   45   (5)    40.31  (5)
 *   LOW    10  10   10   (6)    10     (6)
 * </pre>
 */
final class ToyCompositeIndex {

    static final List<String> UNITS = List.of("TOP", "X", "Y", "Z", "W", "LOW");
    /** Nominal assumptions: equal weights, arithmetic mean. */
    static final int[] NOMINAL_RANKS = {1, 2, 3, 4, 5, 6};

    static final FactorSpace FACTORS = new FactorSpace(List.of(
            new Factor.Uniform("weight P1", 0.75, 1.25), new Factor.Uniform("weight P2", 0.75, 1.25),
            Factor.Choice.of("aggregation", "arithmetic", "geometric")));

    private static final double[][] PILLARS = {{90, 90}, {80, 40}, {58, 58}, {50, 45}, {25, 65}, {10, 10}};

    private ToyCompositeIndex() {
    }

    /** The pillar table, computed once: normalisation and level-1 aggregation do not depend on the factors. */
    static IndicatorTable pillars() {
        double[][] raw = new double[UNITS.size()][];
        for (int u = 0; u < raw.length; u++) {
            double p1 = PILLARS[u][0];
            double p2 = PILLARS[u][1];
            // P1a on a 0-100 scale; P1b in per mille (goalposts 0-1000); P2b lower is better (goalposts 0-100).
            raw[u] = new double[] {p1 + 5, 10 * (p1 - 5), p2 + 5, 100 - (p2 - 5)};
        }
        IndicatorTable indicators = new IndicatorTable(UNITS, List.of("P1a", "P1b", "P2a", "P2b"), raw);
        IndexStructure structure = new IndexStructure(List.of(
                new CodeMeta("P1a", 1, "P1", 1, 0.5, "", 0, 100), new CodeMeta("P1b", 1, "P1", 1, 0.5, "", 0, 1000),
                new CodeMeta("P2a", 1, "P2", 1, 0.5, "", 0, 100), new CodeMeta("P2b", 1, "P2", -1, 0.5, "", 0, 100)),
                List.of(CodeMeta.aggregate("P1", 2, "IDX", 1), CodeMeta.aggregate("P2", 2, "IDX", 1),
                        CodeMeta.aggregate("IDX", 3, "", 1)));
        IndicatorTable scores = Normalise.apply(indicators, structure, NormaliseSpec.of(NormaliseSpec.Method.GOALPOSTS));
        IndicatorTable aggregated = Aggregate.apply(scores, structure, AggregateSpec.arithmetic(), Map.of());
        double[][] pillars = new double[UNITS.size()][2];
        for (int u = 0; u < pillars.length; u++) {
            pillars[u][0] = aggregated.get(u, aggregated.codePosition("P1"));
            pillars[u][1] = aggregated.get(u, aggregated.codePosition("P2"));
        }
        return new IndicatorTable(UNITS, List.of("P1", "P2"), pillars);
    }

    static Supplier<RankModel> models() {
        IndicatorTable pillars = pillars();
        return () -> (values, ranksOut) -> {
            double w1 = 0.5 * values[0];
            double w2 = 0.5 * values[1];
            double[] index = new double[UNITS.size()];
            for (int u = 0; u < index.length; u++) {
                double p1 = pillars.get(u, 0);
                double p2 = pillars.get(u, 1);
                index[u] = Factor.Choice.position(values[2]) == 0
                        ? (w1 * p1 + w2 * p2) / (w1 + w2)
                        : Math.exp((w1 * Math.log(p1) + w2 * Math.log(p2)) / (w1 + w2));
            }
            System.arraycopy(CompetitionRanking.rank(index), 0, ranksOut, 0, index.length);
        };
    }
}
