package eu.aireadiness.methodology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.CompetitionRanking;

/** Rank intervals of toy models whose rank distributions are known exactly. */
class UncertaintyAnalysisTest {

    private static final List<String> UNITS = List.of("A", "B", "C");

    /** A and B swap ranks 1 and 2 when the choice says so; C is always third. */
    private static final FactorSpace SWAP = FactorSpace.of(Factor.Choice.of("order", "as is", "swapped"));
    private static final Supplier<RankModel> SWAP_MODEL = () -> (values, ranks) -> {
        boolean swapped = Factor.Choice.position(values[0]) == 1;
        ranks[0] = swapped ? 2 : 1;
        ranks[1] = swapped ? 1 : 2;
        ranks[2] = 3;
    };

    /** A scores u, uniform on [0,1]; B scores 0.25; C scores -1. A is second exactly when u < 0.25. */
    private static final FactorSpace THRESHOLD = FactorSpace.of(new Factor.Uniform("score of A", 0, 1));
    private static final Supplier<RankModel> THRESHOLD_MODEL = () -> (values, ranks) ->
            System.arraycopy(CompetitionRanking.rank(new double[] {values[0], 0.25, -1}), 0, ranks, 0, 3);

    @Test
    void swappingHalfTheTimeGivesAnIntervalOverBothRanks() {
        // 1024 Sobol rows: the choice's coordinate has one point in each 1/1024 of [0,1), so exactly 512 swaps.
        // A's sorted ranks: 512 ones then 512 twos. R type 7, h = 1023 p:
        // p = 0.05, h = 51.15: x[51] = x[52] = 1. p = 0.5, h = 511.5: 1 + 0.5 (2 - 1) = 1.5. p = 0.95: x[971] = 2.
        UncertaintyResult result = UncertaintyAnalysis.run(SWAP, SWAP_MODEL, UNITS, new int[] {1, 2, 3},
                settings(1024, SamplingDesign.SOBOL));

        assertThat(result.replications()).isEqualTo(1024);
        assertThat(result.unit("A")).isEqualTo(new UncertaintyResult.UnitRanks("A", 1, 1.5, 1, 2, 1.5));
        assertThat(result.unit("B")).isEqualTo(new UncertaintyResult.UnitRanks("B", 2, 1.5, 1, 2, 1.5));
        assertThat(result.unit("C")).isEqualTo(new UncertaintyResult.UnitRanks("C", 3, 3, 3, 3, 3));
        assertThat(result.units()).allMatch(UncertaintyResult.UnitRanks::intervalContainsNominal);
    }

    @Test
    void aQuarterOfLossesShowsInTheUpperPercentileAndTheMean() {
        // Exactly 256 of 1024 Sobol values fall below 0.25. A: 768 ones then 256 twos; median x[511] = x[512] = 1,
        // 95th x[971] = 2, mean 1 + 256/1024 = 1.25. B: 256 ones then 768 twos; 5th x[51] = x[52] = 1, median 2.
        UncertaintyResult result = UncertaintyAnalysis.run(THRESHOLD, THRESHOLD_MODEL, UNITS, new int[] {1, 2, 3},
                settings(1024, SamplingDesign.SOBOL));

        assertThat(result.unit("A")).isEqualTo(new UncertaintyResult.UnitRanks("A", 1, 1, 1, 2, 1.25));
        assertThat(result.unit("B")).isEqualTo(new UncertaintyResult.UnitRanks("B", 2, 2, 1, 2, 1.75));
    }

    @Test
    void pseudoRandomSamplingGivesTheSameIntervalsWithinSamplingError() {
        // A's mean rank is 1 + the share of u below 0.25: standard error sqrt(0.25 * 0.75 / 1000) = 0.014.
        UncertaintyResult result = UncertaintyAnalysis.run(THRESHOLD, THRESHOLD_MODEL, UNITS, new int[] {1, 2, 3},
                settings(1000, SamplingDesign.PSEUDO_RANDOM));

        assertThat(result.unit("A").lowerRank()).isEqualTo(1.0);
        assertThat(result.unit("A").upperRank()).isEqualTo(2.0);
        assertThat(result.unit("A").meanRank()).isCloseTo(1.25, within(0.05));
        assertThat(result.unit("C").upperRank()).isEqualTo(3.0);
    }

    @Test
    void meanAbsoluteRankShiftAveragesOverUnits() {
        assertThat(RankShift.meanAbsoluteShift(new int[] {2, 1, 3}, new int[] {1, 2, 3})).isEqualTo(2.0 / 3);
        assertThat(RankShift.meanAbsoluteShift(new int[] {4, 3, 2, 1}, new int[] {1, 2, 3, 4})).isEqualTo(2.0);
        ScalarModel shift = RankShift.meanAbsoluteShift(SWAP_MODEL, new int[] {1, 2, 3}).get();
        assertThat(shift.value(new double[] {0})).isEqualTo(0.0);
        assertThat(shift.value(new double[] {1})).isEqualTo(2.0 / 3);
    }

    @Test
    void theSwapFactorExplainsAllOfTheRankShift() {
        // With one factor the output is a function of it alone: S = ST = 1 up to the estimators' error. The output
        // is 0 or 2/3 with probability 1/2 each: variance (1/3)^2 = 1/9.
        FactorSpace space = FactorSpace.of(SWAP.factors().get(0), new Factor.Uniform("irrelevant", 0, 1));
        SensitivityResult result = SensitivityAnalysis.run(space,
                RankShift.meanAbsoluteShift(SWAP_MODEL, new int[] {1, 2, 3}), SensitivitySettings.of(4096, 3L));

        assertThat(result.outputVariance()).isCloseTo(1.0 / 9, within(0.005));
        assertThat(result.factor("order").firstOrder()).isCloseTo(1, within(0.05));
        assertThat(result.factor("order").total()).isCloseTo(1, within(0.05));
        assertThat(result.factor("irrelevant").total()).isEqualTo(0.0);
    }

    @Test
    void aModelErrorReachesTheCaller() {
        Supplier<RankModel> failing = () -> (values, ranks) -> {
            throw new IllegalStateException("engine failed on these assumptions");
        };
        assertThatThrownBy(() -> UncertaintyAnalysis.run(SWAP, failing, UNITS, new int[] {1, 2, 3},
                settings(2000, SamplingDesign.PSEUDO_RANDOM).withThreads(3)))
                .isInstanceOf(IllegalStateException.class).hasMessage("engine failed on these assumptions");
    }

    @Test
    void mismatchedNominalRanksAreRejected() {
        assertThatThrownBy(() -> UncertaintyAnalysis.run(SWAP, SWAP_MODEL, UNITS, new int[] {1, 2},
                settings(10, SamplingDesign.SOBOL))).hasMessage("3 units but 2 nominal ranks");
    }

    private static UncertaintySettings settings(int replications, SamplingDesign design) {
        return UncertaintySettings.of(replications, 11L).withDesign(design).withThreads(2);
    }
}
