package eu.aireadiness.methodology.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * Whole builds on a small index: X1 (up) and X2 (down) make P1, X3 makes P2, P1 and P2 make Index; all weights 1.
 * Unit D lacks X1, unit E lacks X1 and X2. Expected values are worked out by hand in the comments.
 */
class CompositeIndexTest {

    private static final double NA = Double.NaN;
    private static final List<String> UNITS = List.of("A", "B", "C", "D", "E");
    private static final IndexStructure STRUCTURE = new IndexStructure(
            List.of(new CodeMeta("X1", 1, "P1", 1, 1, "POP", NA, NA), CodeMeta.indicator("X2", "P1", -1, 1),
                    CodeMeta.indicator("X3", "P2", 1, 1)),
            List.of(CodeMeta.aggregate("P1", 2, "Index", 1), CodeMeta.aggregate("P2", 2, "Index", 1),
                    CodeMeta.aggregate("Index", 3, "", 1)));
    // X1 raw is X1 * POP: the denominated values are 1, 2, 3, missing, missing
    private static final IndexData DATA = new IndexData(UNITS, UNITS, Map.of("G", List.of("a", "a", "b", "b", "b")),
            new IndicatorTable(UNITS, List.of("X1", "X2", "X3"), new double[][] {
                    {10, 4, 10}, {40, 4, 20}, {30, 8, 30}, {NA, 8, 40}, {NA, NA, 25}}),
            new IndicatorTable(UNITS, List.of("POP"), new double[][] {{10}, {20}, {10}, {5}, {NA}}));

    private static MethodSpec method(ImputeSpec impute, ScreenSpec screen, TreatSpec treat, NormaliseSpec normalise,
                                     AggregateSpec aggregate) {
        return new MethodSpec(DenominateSpec.byMeta(), impute, screen, treat, normalise, aggregate, RankSpec.exact(),
                Map.of());
    }

    /** Drops E when it is not imputed (one value of three: availability 1/3 below 0.6); D (2/3) stays. */
    private static final ScreenSpec DROP_E = new ScreenSpec(0.6, ScreenSpec.By.NA, 0, 0);

    @Test
    void meanImputationZScoresAndArithmeticMeans() {
        IndexResults r = CompositeIndex.build(DATA, STRUCTURE, method(new ImputeSpec(ImputeSpec.Method.MEAN, ""),
                DROP_E, TreatSpec.none(), NormaliseSpec.zScore(0, 1), AggregateSpec.arithmetic()));
        // Imputation comes before screening, so E is filled and kept. X1: 1, 2, 3, 2, 2 (mean of 1, 2, 3): mean 2,
        // sd sqrt(2/4), z_A = -sqrt(2). X2 (down): -4, -4, -8, -8, -6 (E gets the mean 6): sd 2, z = 1, 1, -1, -1, 0.
        // X3: 10, 20, 30, 40, 25: mean 25, sd sqrt(500/4), z_A = -15/sqrt(125).
        assertThat(r.imputed().cells()).containsExactly(new Impute.ImputedCell("D", "X1", "", 2),
                new Impute.ImputedCell("E", "X1", "", 2), new Impute.ImputedCell("E", "X2", "", 6));
        assertThat(r.screened().table().units()).containsExactly("A", "B", "C", "D", "E");
        assertThat(r.normalised().get("A", "X1")).isCloseTo(-Math.sqrt(2), within(1e-12));
        assertThat(r.normalised().get("A", "X2")).isCloseTo(1, within(1e-12));
        double indexA = ((-Math.sqrt(2) + 1) / 2 - 15 / Math.sqrt(125)) / 2;
        assertThat(r.aggregated().get("A", "Index")).isCloseTo(indexA, within(1e-12));
        // Index: A -0.7744, B 0.0264, C 0.3272, D 0.4208, E 0
        assertThat(UNITS.stream().map(u -> r.ranks().rank(u, "Index"))).containsExactly(5, 3, 2, 1, 4);
    }

    @Test
    void medianImputationMinMaxFromOneAndGeometricMeanAtLevelTwo() {
        AggregateSpec geometricPillars = new AggregateSpec(AggregateSpec.Mean.ARITHMETIC,
                Map.of(2, AggregateSpec.Mean.GEOMETRIC));
        IndexResults r = CompositeIndex.build(DATA, STRUCTURE, method(new ImputeSpec(ImputeSpec.Method.MEDIAN, ""),
                DROP_E, TreatSpec.none(), NormaliseSpec.minMax(1, 100), geometricPillars));
        // E is filled (X1 2, X2 6: medians) and kept. X1: 1, 2, 3, 2, 2 -> 1, 50.5, 100, 50.5, 50.5;
        // X2 (down): 100, 100, 1, 1, 50.5; X3: 10, 20, 30, 40, 25 -> 1, 34, 67, 100, 50.5
        // P1 = sqrt(X1 * X2): 10, sqrt(5050), 10, sqrt(50.5), 50.5; Index = (P1 + X3) / 2
        assertThat(r.aggregated().get("B", "P1")).isCloseTo(Math.sqrt(5050), within(1e-12));
        assertThat(r.aggregated().get("A", "Index")).isCloseTo(5.5, within(1e-12));
        assertThat(r.aggregated().get("D", "Index")).isCloseTo((Math.sqrt(50.5) + 100) / 2, within(1e-12));
        // Index: A 5.5, B 52.53, C 38.5, D 53.55, E 50.5
        assertThat(UNITS.stream().map(u -> r.ranks().rank(u, "Index"))).containsExactly(5, 2, 4, 1, 3);
    }

    @Test
    void rankNormalisationAndHarmonicMeansWithoutImputation() {
        IndexResults r = CompositeIndex.build(DATA, STRUCTURE, method(ImputeSpec.none(), DROP_E, TreatSpec.none(),
                NormaliseSpec.of(NormaliseSpec.Method.RANK), new AggregateSpec(AggregateSpec.Mean.HARMONIC, Map.of())));
        // ranks: X1 1, 2, 3, - ; X2 (down) 3, 3, 1, 1; X3 1, 2, 3, 4
        // P1: A 2/(1 + 1/3) = 1.5, B 2/(1/2 + 1/3) = 2.4, C 1.5, D 1 (X1 missing); Index = 2/(1/P1 + 1/X3):
        // A 1.2, B 2/(1/2.4 + 1/2) = 2.1818, C 2, D 1.6
        assertThat(r.aggregated().get("B", "P1")).isCloseTo(2.4, within(1e-12));
        assertThat(r.aggregated().get("D", "P1")).isCloseTo(1.0, within(1e-12));
        assertThat(r.aggregated().get("A", "Index")).isCloseTo(1.2, within(1e-12));
        assertThat(r.aggregated().get("B", "Index")).isCloseTo(2 / (1 / 2.4 + 0.5), within(1e-12));
        assertThat(List.of("B", "C", "D", "A").stream().map(u -> r.ranks().rank(u, "Index")))
                .containsExactly(1, 2, 3, 4);
        assertThat(r.ranks().rank("D", "X1")).isZero();
    }

    @Test
    void groupImputationFillsFromTheUnitsGroup() {
        MethodSpec groupMean = method(new ImputeSpec(ImputeSpec.Method.GROUP_MEAN, "G"), ScreenSpec.keepAll(),
                TreatSpec.none(), NormaliseSpec.minMax(0, 100), AggregateSpec.arithmetic());
        IndexResults r = CompositeIndex.build(DATA, STRUCTURE, groupMean);
        // group b is C, D, E: X1 present only for C (3), so D and E get 3; X2 for E: mean of 8 and 8
        assertThat(r.imputed().table().get("D", "X1")).isEqualTo(3.0);
        assertThat(r.imputed().table().get("E", "X2")).isEqualTo(8.0);
        assertThat(r.imputed().cells()).hasSize(3);
    }

    @Test
    void aLogTransformedIndicatorFeedsTheIndex() {
        List<String> units = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10", "U11", "U12",
                "U13", "U14");
        double[][] values = new double[14][1];
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 150, 200};
        for (int u = 0; u < 14; u++) {
            values[u][0] = x[u];
        }
        IndexStructure single = new IndexStructure(List.of(CodeMeta.indicator("X", "Index", 1, 1)),
                List.of(CodeMeta.aggregate("Index", 2, "", 1)));
        IndexData data = new IndexData(units, units, Map.of(), new IndicatorTable(units, List.of("X"), values),
                new IndicatorTable(units, List.of(), new double[14][0]));
        IndexResults r = CompositeIndex.build(data, single, method(ImputeSpec.none(), ScreenSpec.keepAll(),
                new TreatSpec(TreatSpec.Method.WINSORISE, 1, 2.0, 3.5, true), NormaliseSpec.minMax(0, 100),
                AggregateSpec.arithmetic()));
        // winmax 1 is not enough (see TreatTest), so X becomes ln(x + 0.99), then min-max over the logs
        double expected = (Math.log(150.99) - Math.log(1.99)) / (Math.log(200.99) - Math.log(1.99)) * 100;
        assertThat(r.aggregated().get("U13", "Index")).isCloseTo(expected, within(1e-12));
        assertThat(r.treated().summary().get(0).result()).isEqualTo(ColumnTreatment.Outcome.LOG_CT);
    }

    @Test
    void aMethodThatDoesNotFitTheDataIsRefusedBeforeComputing() {
        MethodSpec unknownGroup = method(new ImputeSpec(ImputeSpec.Method.GROUP_MEAN, "Region"), ScreenSpec.keepAll(),
                TreatSpec.none(), NormaliseSpec.minMax(0, 100), AggregateSpec.arithmetic());
        assertThatThrownBy(() -> CompositeIndex.build(DATA, STRUCTURE, unknownGroup))
                .isInstanceOf(InvalidMethodException.class)
                .hasMessage("key 'impute.group': no group column 'Region' in the units; allowed: G");
    }

    @Test
    void zScoresWithAMeanFarFromZeroTakeAGeometricMean() {
        IndexResults r = CompositeIndex.build(DATA, STRUCTURE, method(new ImputeSpec(ImputeSpec.Method.MEAN, ""),
                DROP_E, TreatSpec.none(), NormaliseSpec.zScore(10, 1),
                new AggregateSpec(AggregateSpec.Mean.GEOMETRIC, Map.of())));
        // The z-scores of the first test plus 10, all above zero: P1_A = sqrt((10 - sqrt 2) * 11),
        // P2_A = 10 - 15 / sqrt 125, Index_A = sqrt(P1_A * P2_A).
        double p1 = Math.sqrt((10 - Math.sqrt(2)) * 11);
        double p2 = 10 - 15 / Math.sqrt(125);
        assertThat(r.aggregated().get("A", "P1")).isCloseTo(p1, within(1e-12));
        assertThat(r.aggregated().get("A", "Index")).isCloseTo(Math.sqrt(p1 * p2), within(1e-12));
    }

    @Test
    void aGeometricMeanThatMeetsAZeroScoreIsRefusedNamingTheUnitTheCodeAndTheScore() {
        // minmax to [0, 100] scores A at 0 on X1 (denominated 1, 2, 3: A has the lowest)
        MethodSpec zeroes = method(ImputeSpec.none(), ScreenSpec.keepAll(), TreatSpec.none(),
                NormaliseSpec.minMax(0, 100), new AggregateSpec(AggregateSpec.Mean.ARITHMETIC,
                        Map.of(2, AggregateSpec.Mean.GEOMETRIC)));
        assertThatThrownBy(() -> CompositeIndex.build(DATA, STRUCTURE, zeroes))
                .isInstanceOf(InvalidMethodException.class)
                .hasMessage("key 'aggregate.method.2': the geometric mean of P1 needs every child above zero, but"
                        + " unit A scores 0.0 on X1; normalise to scores above zero (e.g. minmax to [1, 100], or a"
                        + " zscore mean further from zero) or use the arithmetic mean at this level");
    }
}
