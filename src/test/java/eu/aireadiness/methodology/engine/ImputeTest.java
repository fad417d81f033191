package eu.aireadiness.methodology.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/** Imputation on a table of five units in two groups, values worked out by hand in the comments. */
class ImputeTest {

    private static final double NA = Double.NaN;
    private static final List<String> UNITS = List.of("A", "B", "C", "D", "E");

    // group x: A, B; group y: C, D, E
    private static final IndicatorTable TABLE = new IndicatorTable(UNITS, List.of("I1", "I2"), new double[][] {
            {1, NA}, {NA, NA}, {4, 2}, {NA, 3}, {10, 7}});

    private static IndexData data(Optional<IndicatorTable> previous) {
        return new IndexData(UNITS, UNITS, Map.of("G", List.of("x", "x", "y", "y", "y")), TABLE,
                new IndicatorTable(UNITS, List.of(), new double[5][0]), previous);
    }

    private static Impute.Result impute(ImputeSpec.Method method, String group) {
        return Impute.apply(TABLE, data(Optional.empty()), new ImputeSpec(method, group));
    }

    @Test
    void columnMeanFillsEveryGapOfAnIndicator() {
        Impute.Result result = impute(ImputeSpec.Method.MEAN, "");
        assertThat(result.table().column("I1")).containsExactly(1, 5, 4, 5, 10);   // (1 + 4 + 10) / 3 = 5
        assertThat(result.table().column("I2")).containsExactly(4, 4, 2, 3, 7);    // (2 + 3 + 7) / 3 = 4
        assertThat(result.cells()).containsExactly(
                new Impute.ImputedCell("B", "I1", "", 5), new Impute.ImputedCell("D", "I1", "", 5),
                new Impute.ImputedCell("A", "I2", "", 4), new Impute.ImputedCell("B", "I2", "", 4));
    }

    @Test
    void columnMedianTakesTheMiddleValue() {
        Impute.Result result = impute(ImputeSpec.Method.MEDIAN, "");
        assertThat(result.table().column("I1")).containsExactly(1, 4, 4, 4, 10);   // median of 1, 4, 10
        assertThat(result.table().column("I2")).containsExactly(3, 3, 2, 3, 7);    // median of 2, 3, 7
    }

    @Test
    void groupMeanUsesTheUnitsOfTheSameGroupAndLeavesAnEmptyGroupMissing() {
        Impute.Result result = impute(ImputeSpec.Method.GROUP_MEAN, "G");
        // I1: group x has only A (1), so B gets 1; group y has 4 and 10, so D gets 7.
        assertThat(result.table().column("I1")).containsExactly(1, 1, 4, 7, 10);
        // I2: group x has no value at all, so A and B stay missing (and are not listed as imputed).
        assertThat(result.table().column("I2")).containsExactly(NA, NA, 2, 3, 7);
        assertThat(result.cells()).containsExactly(
                new Impute.ImputedCell("B", "I1", "x", 1), new Impute.ImputedCell("D", "I1", "y", 7));
    }

    @Test
    void groupMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Impute.Result result = impute(ImputeSpec.Method.GROUP_MEDIAN, "G");
        assertThat(result.table().column("I1")).containsExactly(1, 1, 4, 7, 10);   // median of 4 and 10 is 7
    }

    @Test
    void carryForwardTakesTheSameUnitsPreviousValue() {
        IndicatorTable previous = new IndicatorTable(List.of("B", "D"), List.of("I1", "I2"),
                new double[][] {{0.5, NA}, {6, 9}});
        Impute.Result result = Impute.apply(TABLE, data(Optional.of(previous)),
                new ImputeSpec(ImputeSpec.Method.CARRY_FORWARD, ""));
        assertThat(result.table().column("I1")).containsExactly(1, 0.5, 4, 6, 10);
        assertThat(result.table().column("I2")).containsExactly(NA, NA, 2, 3, 7);  // A has no previous value
        assertThat(result.cells()).containsExactly(
                new Impute.ImputedCell("B", "I1", "", 0.5), new Impute.ImputedCell("D", "I1", "", 6));
    }

    @Test
    void noneChangesNothing() {
        Impute.Result result = impute(ImputeSpec.Method.NONE, "");
        assertThat(result.table()).isSameAs(TABLE);
        assertThat(result.cells()).isEmpty();
    }
}
