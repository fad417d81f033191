package eu.aireadiness.methodology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/** Weights +-25% and arithmetic versus geometric mean on {@link ToyCompositeIndex}. */
class ToyCompositeIndexTest {

    @Test
    void theProjectsStepsGiveTheDesignedPillarScores() {
        IndicatorTable pillars = ToyCompositeIndex.pillars();
        assertThat(pillars.get("X", "P1")).isCloseTo(80, within(1e-12));
        assertThat(pillars.get("X", "P2")).isCloseTo(40, within(1e-12));
        assertThat(pillars.get("W", "P2")).isCloseTo(65, within(1e-12));
    }

    @Test
    void nominalAssumptionsGiveTheNominalRanks() {
        int[] ranks = new int[6];
        ToyCompositeIndex.models().get().ranks(new double[] {1, 1, 0}, ranks);
        assertThat(ranks).containsExactly(ToyCompositeIndex.NOMINAL_RANKS);
        ToyCompositeIndex.models().get().ranks(new double[] {1, 1, 1}, ranks); // geometric: Y passes X
        assertThat(ranks).containsExactly(1, 3, 2, 4, 5, 6);
    }

    @Test
    void everyIntervalContainsTheNominalRank() {
        UncertaintyResult result = UncertaintyAnalysis.run(ToyCompositeIndex.FACTORS, ToyCompositeIndex.models(),
                ToyCompositeIndex.UNITS, ToyCompositeIndex.NOMINAL_RANKS, UncertaintySettings.of(2000, 2026L));

        assertThat(result.units()).allMatch(UncertaintyResult.UnitRanks::intervalContainsNominal);
        // TOP and LOW lead and trail on both pillars: no weights or mean can move them.
        assertThat(result.unit("TOP")).isEqualTo(new UncertaintyResult.UnitRanks("TOP", 1, 1, 1, 1, 1));
        assertThat(result.unit("LOW")).isEqualTo(new UncertaintyResult.UnitRanks("LOW", 6, 6, 6, 6, 6));
        // X and Y swap under the geometric mean, half the replications: both span ranks 2 and 3.
        assertThat(result.unit("X").lowerRank()).isEqualTo(2.0);
        assertThat(result.unit("X").upperRank()).isEqualTo(3.0);
        assertThat(result.unit("Y").lowerRank()).isEqualTo(2.0);
        assertThat(result.unit("Y").upperRank()).isEqualTo(3.0);
        // W passes Z only under the arithmetic mean with 25 m1 + 65 m2 > 50 m1 + 45 m2, i.e. m2/m1 > 1.25: for
        // m1, m2 uniform on [0.75, 1.25] a triangle of area 0.5 * 0.3125 * 0.25 over 0.25, so probability
        // 0.15625 / 2 = 7.8% (the geometric mean would need m2/m1 > ln 2 / ln(65/45) = 1.89). 7.8% > 5%, so W's
        // 5th percentile is 4 and Z's 95th is 5, with medians 5 and 4.
        assertThat(result.unit("W").lowerRank()).isEqualTo(4.0);
        assertThat(result.unit("W").medianRank()).isEqualTo(5.0);
        assertThat(result.unit("Z").upperRank()).isEqualTo(5.0);
        assertThat(result.unit("Z").medianRank()).isEqualTo(4.0);
    }

    @Test
    void everyAssumptionMovesTheRanks() {
        SensitivityResult result = SensitivityAnalysis.run(ToyCompositeIndex.FACTORS,
                RankShift.meanAbsoluteShift(ToyCompositeIndex.models(), ToyCompositeIndex.NOMINAL_RANKS),
                SensitivitySettings.of(2048, 2026L).withBootstrap(200, 0.95));

        // Each assumption alone reorders some pair (X-Y, Z-W), so none has a total index near 0; the first-order
        // indices share at most the whole variance, and a total index is at least its first-order one.
        assertThat(result.factors()).allMatch(f -> f.total() > 0.1);
        assertThat(result.factors()).allMatch(f -> f.total() >= f.firstOrder() - 0.05);
        assertThat(result.factors().stream().mapToDouble(SensitivityResult.FactorIndices::firstOrder).sum())
                .isLessThan(1.05);
    }
}
