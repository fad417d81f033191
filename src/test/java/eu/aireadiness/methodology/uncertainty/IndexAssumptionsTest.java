package eu.aireadiness.methodology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.aireadiness.compute.ComputeCommand;
import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.engine.Aggregate;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.CompositeIndex;
import eu.aireadiness.methodology.engine.Denominate;
import eu.aireadiness.methodology.engine.Impute;
import eu.aireadiness.methodology.engine.IndexData;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.Normalise;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.engine.Ranks;
import eu.aireadiness.methodology.engine.Screen;
import eu.aireadiness.methodology.engine.Treat;
import eu.aireadiness.methodology.engine.TreatSpec;

/**
 * The cached model of the ASEM index's assumptions against full rebuilds: for each factor vector tried, the method
 * it stands for is written out (the noisy weights of the chosen sets as weight overrides, the chosen normalisation,
 * mean and cap) and built from scratch; the index ranks must be identical.
 */
class IndexAssumptionsTest {

    private static final Path ASEM = Path.of("src/test/resources/asem");

    private static IndexStructure structure;
    private static IndexData data;
    private static MethodSpec nominal;
    private static UncertaintySpec spec;
    private static IndexAssumptions assumptions;

    @BeforeAll
    static void prepare() {
        ComputeCommand.Inputs inputs = ComputeCommand.read(ASEM.resolve("iMeta.csv"), ASEM.resolve("iData_long.csv"),
                ASEM.resolve("method-A-uncertainty.yml"));
        structure = inputs.structure();
        data = inputs.data();
        nominal = inputs.method().method();
        spec = inputs.method().uncertainty().orElseThrow();
        assumptions = IndexAssumptions.prepare(data, structure, nominal, spec);
    }

    @Test
    void theFactorsAreTheNoisyWeightsOfTwoLevelsAndThreeChoices() {
        assertThat(assumptions.factors().names())
                .containsExactly("weights.2", "weights.3", "normalise", "aggregate", "winmax");
        assertThat(assumptions.indexCode()).isEqualTo("Index");
        assertThat(assumptions.units()).hasSize(51);
    }

    @Test
    void noisyWeightsStayWithin25PercentOfTheMetasWeights() {
        for (int level : List.of(2, 3)) {
            for (int set : List.of(0, 1, 99)) {
                Map<String, Double> weights = assumptions.weightSet(level, set);
                assertThat(weights).hasSize(level == 2 ? 8 : 2);
                weights.forEach((code, w) -> {
                    double metaWeight = structure.meta(code).orElseThrow().weight();
                    assertThat(w).as(code).isBetween(0.75 * metaWeight, 1.25 * metaWeight).isNotEqualTo(metaWeight);
                });
            }
        }
    }

    @Test
    void everyScenarioRanksAsAFullRebuildOfItsMethod() {
        RankModel model = assumptions.models().get();
        int[] cached = new int[assumptions.units().size()];
        int tried = 0;
        for (int cap = 0; cap < 5; cap++) {
            for (int normalisation = 0; normalisation < 2; normalisation++) {
                for (int mean = 0; mean < 2; mean++) {
                    int set2 = (37 * tried + 5) % 100;
                    int set3 = (53 * tried + 11) % 100;
                    model.ranks(new double[] {set2, set3, normalisation, mean, cap}, cached);
                    assertThat(cached).as("sets %d, %d, normalisation %d, mean %d, cap %d", set2, set3,
                            normalisation, mean, cap + 1)
                            .containsExactly(rebuiltRanks(set2, set3, normalisation, mean, cap + 1));
                    tried++;
                }
            }
        }
    }

    /** The ranks of the index built from scratch with the method the factor values stand for. */
    private static int[] rebuiltRanks(int set2, int set3, int normalisation, int mean, int cap) {
        Map<String, Double> weights = new HashMap<>(nominal.weights());
        weights.putAll(assumptions.weightSet(2, set2));
        weights.putAll(assumptions.weightSet(3, set3));
        NormaliseSpec normalise = spec.normalisations().get(normalisation);
        AggregateSpec aggregate = new AggregateSpec(spec.means().get(mean), Map.of());
        TreatSpec treat = new TreatSpec(TreatSpec.Method.WINSORISE, cap, 2.0, 3.5, true);
        // z-scores with a geometric mean among them: these scores all happen to be above zero, so it builds
        MethodSpec method = new MethodSpec(nominal.denominate(), nominal.impute(), nominal.screen(), treat,
                normalise, aggregate, nominal.rank(), weights);
        Ranks ranks = CompositeIndex.build(data, structure, method).ranks();
        return assumptions.units().stream().mapToInt(unit -> ranks.rank(unit, "Index")).toArray();
    }

    /** Varying the indicators' weights leaves nothing aggregated in advance: every level is recomputed. */
    @Test
    void indicatorWeightsRankAsAFullRebuildToo() {
        UncertaintySpec indicatorWeights = new UncertaintySpec(100, 7,
                Optional.of(new UncertaintySpec.WeightNoise(List.of(1), 0.5, 20)),
                List.of(NormaliseSpec.minMax(1, 100), NormaliseSpec.of(NormaliseSpec.Method.RANK)),
                List.of(AggregateSpec.Mean.ARITHMETIC, AggregateSpec.Mean.HARMONIC), List.of(), Optional.empty());
        IndexAssumptions level1 = IndexAssumptions.prepare(data, structure, nominal, indicatorWeights);
        RankModel model = level1.models().get();
        int[] cached = new int[level1.units().size()];
        for (int set = 0; set < 20; set += 3) {
            int normalisation = set % 2;
            int mean = (set / 2) % 2;
            model.ranks(new double[] {set, normalisation, mean}, cached);
            Map<String, Double> weights = new HashMap<>(level1.weightSet(1, set));
            MethodSpec method = new MethodSpec(nominal.denominate(), nominal.impute(), nominal.screen(),
                    nominal.treat(), indicatorWeights.normalisations().get(normalisation),
                    new AggregateSpec(indicatorWeights.means().get(mean), Map.of()), nominal.rank(), weights);
            Ranks ranks = CompositeIndex.build(data, structure, method).ranks();
            assertThat(cached).as("set %d, normalisation %d, mean %d", set, normalisation, mean)
                    .containsExactly(level1.units().stream().mapToInt(u -> ranks.rank(u, "Index")).toArray());
        }
    }

    @Test
    void aGeometricMeanOverAZeroScoreIsRefusedAtSetupNamingTheAlternativeUnitAndIndicator() {
        UncertaintySpec zeroes = new UncertaintySpec(100, 1, Optional.empty(),
                List.of(NormaliseSpec.minMax(0, 100), NormaliseSpec.minMax(1, 100)),
                List.of(AggregateSpec.Mean.ARITHMETIC, AggregateSpec.Mean.GEOMETRIC), List.of(), Optional.empty());
        assertThatThrownBy(() -> IndexAssumptions.prepare(data, structure, nominal, zeroes))
                .isInstanceOf(InvalidMethodException.class)
                .hasMessageStartingWith("key 'uncertainty.normalise[1]': the geometric mean needs scores above zero,"
                        + " but normalisation minmax to [0.0, 100.0] scores unit ")
                .hasMessageContaining(" at 0.0 on indicator ");
    }

    @Test
    void onlyLevelsWhoseWeightsFeedAParentCanVary() {
        for (int level : List.of(0, 4, 5)) {
            UncertaintySpec badLevel = new UncertaintySpec(100, 1,
                    Optional.of(new UncertaintySpec.WeightNoise(List.of(2, level), 0.25, 10)), List.of(), List.of(),
                    List.of(), Optional.empty());
            assertThatThrownBy(() -> IndexAssumptions.prepare(data, structure, nominal, badLevel))
                    .isInstanceOf(InvalidMethodException.class)
                    .hasMessage("key 'uncertainty.weights.levels': the index has no level " + level + " whose weights"
                            + " feed a parent; allowed: 1 (the indicators) to 3 (the codes under the index)");
        }
    }
}
