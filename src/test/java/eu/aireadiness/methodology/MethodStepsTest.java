package eu.aireadiness.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;


/** Each step of the method on small tables whose results are worked out by hand in the comments. */
class MethodStepsTest {

    private static final double NA = Double.NaN;

    @Test
    void denominationDividesByTheUnitsSeriesAndScales() {
        IndicatorTable raw = new IndicatorTable(List.of("FI", "MT"), List.of("CMP1", "INV1", "SKL1"),
                new double[][] {{150, 200, 82}, {NA, 30, 60}});
        IndicatorTable denominators = new IndicatorTable(List.of("FI", "MT"), List.of("GDP", "POP"),
                new double[][] {{400_000, 5_000_000}, {20_000, NA}});
        IndicatorTable out = Denomination.apply(raw, Map.of(
                "CMP1", new Denomination.Spec(Optional.of("POP"), 1e6),
                "INV1", new Denomination.Spec(Optional.of("GDP"), 100)), denominators);
        assertThat(out.get("FI", "CMP1")).isEqualTo(30.0);          // 150 MW / 5 million people
        assertThat(out.get("FI", "INV1")).isCloseTo(0.05, within(1e-15)); // 200 / 400 000 * 100 %
        assertThat(out.get("MT", "INV1")).isCloseTo(0.15, within(1e-15)); // 30 / 20 000 * 100 %
        assertThat(out.get("MT", "CMP1")).isNaN();                  // missing value
        assertThat(out.get("FI", "SKL1")).isEqualTo(82.0);          // no spec: unchanged
        assertThat(raw.get("FI", "CMP1")).isEqualTo(150.0);         // the input is left alone
    }

    @Test
    void missingDenominatorGivesMissingValue() {
        IndicatorTable raw = new IndicatorTable(List.of("MT"), List.of("CMP1"), new double[][] {{12}});
        IndicatorTable denominators = new IndicatorTable(List.of("MT"), List.of("POP"), new double[][] {{NA}});
        assertThat(Denomination.apply(raw, Map.of("CMP1", new Denomination.Spec(Optional.of("POP"), 1e6)),
                denominators).get("MT", "CMP1")).isNaN();
    }

    @Test
    void competitionRankingSharesTheSmallestRankOfATie() {
        assertThat(CompetitionRanking.rank(new double[] {50, 70, 70, NA, 10})).containsExactly(3, 1, 1, 0, 4);
        assertThat(CompetitionRanking.rank(new double[] {})).isEmpty();
        // The same mean summed in two orders: their last bits differ, so they tie only within a tolerance.
        double oneOrder = 100.0 / 7 + 40.0 / 7 + 10.0 / 3;
        double otherOrder = 10.0 / 3 + 40.0 / 7 + 100.0 / 7;
        assertThat(oneOrder).isNotEqualTo(otherOrder);
        double[] scores = {oneOrder, 90, otherOrder, 23.3333};
        assertThat(CompetitionRanking.rank(scores)).containsExactly(3, 1, 2, 4);
        assertThat(CompetitionRanking.rank(scores, 1e-12)).containsExactly(2, 1, 2, 4);
    }

    @Test
    void carryForwardFillsOnlyGapsThatThePreviousEditionCovers() {
        IndicatorTable current = new IndicatorTable(List.of("HU", "SK", "NEW"), List.of("X", "Y"),
                new double[][] {{NA, NA}, {3, NA}, {NA, 1}});
        IndicatorTable previous = new IndicatorTable(List.of("HU", "SK"), List.of("X", "Y"),
                new double[][] {{7, 8}, {2, NA}});
        CarryForward.Result result = CarryForward.apply(current, previous);
        assertThat(result.table().get("HU", "X")).isEqualTo(7.0);
        assertThat(result.table().get("HU", "Y")).isEqualTo(8.0);
        assertThat(result.table().get("SK", "X")).isEqualTo(3.0);   // present: kept
        assertThat(result.table().get("SK", "Y")).isNaN();          // missing both years
        assertThat(result.table().get("NEW", "X")).isNaN();         // no previous edition for this unit
        assertThat(result.isFilled("HU", "X")).isTrue();
        assertThat(result.isFilled("SK", "X")).isFalse();
        assertThat(result.isFilled("SK", "Y")).isFalse();
    }
}
