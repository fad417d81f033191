package eu.aireadiness.methodology.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * Outlier treatment (METHOD.md 2.4) on small columns. Skewness and kurtosis in the comments were worked out with
 * the formulas of METHOD.md in a separate script (plain Python), the winsorisation steps by hand.
 */
class TreatTest {

    private static final double NA = Double.NaN;

    /** A one-column table of units U1, U2... */
    private static IndicatorTable column(String code, double... values) {
        List<String> units = new ArrayList<>();
        double[][] rows = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            units.add("U" + (i + 1));
            rows[i][0] = values[i];
        }
        return new IndicatorTable(units, List.of(code), rows);
    }

    private static double[] values(IndicatorTable table) {
        return table.columns()[0];
    }

    @Test
    void skewAndKurtosisAreExcelsSampleStatistics() {
        // x = 0,0,0,1: mean 1/4, sums of d^2, d^3, d^4 = 3/4, 3/8, 21/64;
        // skew = 2 * (3/8) / (3/4)^1.5 * sqrt(12) / 2 = 2; r = 4 * (21/64) / (9/16) = 7/3;
        // kurt = (5 * (7/3 - 3) + 6) * 3 / (2 * 1) = 4
        Shape shape = Shape.of(new double[] {0, 0, 0, 1, NA}, TreatSpec.coinrDefault());
        assertThat(shape.skew()).isCloseTo(2.0, within(1e-12));
        assertThat(shape.kurt()).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void anAcceptableColumnIsLeftAlone() {
        // 1..10 is symmetric: skew 0, kurt -1.2
        Treat.Result result = Treat.apply(column("X", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), TreatSpec.coinrDefault());
        assertThat(result.cells()).isEmpty();
        ColumnTreatment summary = result.summary().get(0);
        assertThat(summary.result()).isEqualTo(ColumnTreatment.Outcome.NONE);
        assertThat(summary.before().skew()).isCloseTo(0, within(1e-12));
        assertThat(summary.before().kurt()).isCloseTo(-1.2, within(1e-12));
        assertThat(summary.winsorised()).isEmpty();
        assertThat(summary.afterWinsorising()).isEmpty();
    }

    @Test
    void oneStepClipsEveryPointTiedAtTheExtremeEvenBeyondWinmax() {
        // 1..10, 100, 100: skew 2.0298, kurt 2.5772; with thresholds 1 and 1 it fails. The step moves both 100s
        // to 10 at once (c = 2 although winmax is 1: the cap is tested before a step); then skew -0.2679,
        // kurt -1.3728: acceptable.
        IndicatorTable x = column("X", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 100);
        Treat.Result result = Treat.apply(x, new TreatSpec(TreatSpec.Method.WINSORISE, 1, 1.0, 1.0, true));
        assertThat(values(result.table())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10);
        assertThat(result.cells()).containsExactly(
                new Treat.TreatedCell("U11", "X", 100, 10, Treat.How.WINHI),
                new Treat.TreatedCell("U12", "X", 100, 10, Treat.How.WINHI));
        ColumnTreatment summary = result.summary().get(0);
        assertThat(summary.before().skew()).isCloseTo(2.029793190177469, within(1e-12));
        assertThat(summary.before().kurt()).isCloseTo(2.57718583570181, within(1e-12));
        assertThat(summary.winsorised()).isEqualTo(OptionalInt.of(2));
        assertThat(summary.afterWinsorising().orElseThrow().skew()).isCloseTo(-0.26791802441365, within(1e-12));
        assertThat(summary.afterWinsorising().orElseThrow().kurt()).isCloseTo(-1.372795930165337, within(1e-12));
        assertThat(summary.result()).isEqualTo(ColumnTreatment.Outcome.WINSORISED);
    }

    @Test
    void aColumnCanSwitchFromHighToLowSteps() {
        // -28, 1..10, 75: skew 2.1321, kurt 7.5478 (thresholds 1, 1). High step: 75 -> 10, then skew -2.9368,
        // kurt 9.4068, still failing, now on the low side. Low step: -28 -> 1, then skew 0, kurt -1.4766: done.
        // Two points moved: one winhi, one winlo.
        IndicatorTable x = column("X", -28, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 75);
        Treat.Result result = Treat.apply(x, new TreatSpec(TreatSpec.Method.WINSORISE, 5, 1.0, 1.0, true));
        assertThat(values(result.table())).containsExactly(1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10);
        assertThat(result.cells()).containsExactly(
                new Treat.TreatedCell("U1", "X", -28, 1, Treat.How.WINLO),
                new Treat.TreatedCell("U12", "X", 75, 10, Treat.How.WINHI));
        assertThat(result.summary().get(0).winsorised()).isEqualTo(OptionalInt.of(2));
        assertThat(result.summary().get(0).shapeFinal().skew()).isCloseTo(0, within(1e-12));
        assertThat(result.summary().get(0).shapeFinal().kurt()).isCloseTo(-1.476554960671558, within(1e-12));
    }

    @Test
    void aSecondStepOnTheSameSideCatchesThePointClippedBefore() {
        // -200, -150, 1..12 (default thresholds): skew -2.3854, kurt 4.5582. Low step: -200 -> -150 (skew -2.2785,
        // kurt 3.7450, failing); low step: both -150 -> 1 (skew 0.2062, kurt -1.3566). L = {U1, U2}, c = 2.
        IndicatorTable x = column("X", -200, -150, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        Treat.Result result = Treat.apply(x, TreatSpec.coinrDefault());
        assertThat(values(result.table())).startsWith(1, 1, 1, 2);
        assertThat(result.cells()).containsExactly(
                new Treat.TreatedCell("U1", "X", -200, 1, Treat.How.WINLO),
                new Treat.TreatedCell("U2", "X", -150, 1, Treat.How.WINLO));
        assertThat(result.summary().get(0).winsorised()).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void whenWinmaxIsReachedTheOriginalColumnIsLogTransformed() {
        // 1..12, 150, 200 (skew 2.3992, kurt 4.6743), winmax 1: one step (200 -> 150) leaves skew 2.2754,
        // kurt 3.7362, failing, and the cap is reached. So the original is log-transformed:
        // y = ln(x - 1 + 0.01 * 199) = ln(x + 0.99); ln(1.99) = 0.688134638736401, ln(200.99) = 5.30325515557766.
        // The log column has skew 1.4714, kurt 1.9234.
        IndicatorTable x = column("X", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 150, 200);
        Treat.Result result = Treat.apply(x, new TreatSpec(TreatSpec.Method.WINSORISE, 1, 2.0, 3.5, true));
        double[] y = values(result.table());
        assertThat(y[0]).isCloseTo(0.688134638736401, within(1e-14));
        assertThat(y[13]).isCloseTo(5.30325515557766, within(1e-14));
        assertThat(result.cells()).hasSize(14).allMatch(c -> c.how() == Treat.How.LOG_CT);
        assertThat(result.cells().get(12)).isEqualTo(new Treat.TreatedCell("U13", "X", 150, Math.log(150.99),
                Treat.How.LOG_CT));
        ColumnTreatment summary = result.summary().get(0);
        assertThat(summary.winsorised()).isEqualTo(OptionalInt.of(1));
        assertThat(summary.afterWinsorising().orElseThrow().skew()).isCloseTo(2.2754033785701, within(1e-12));
        assertThat(summary.afterLog().orElseThrow().skew()).isCloseTo(1.4713892562864457, within(1e-12));
        assertThat(summary.afterLog().orElseThrow().kurt()).isCloseTo(1.9234232077700308, within(1e-12));
        assertThat(summary.logApplied()).isTrue();
        assertThat(summary.result()).isEqualTo(ColumnTreatment.Outcome.LOG_CT);
    }

    @Test
    void withoutTheLogFallbackTheWinsorisedColumnIsKept() {
        IndicatorTable x = column("X", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 150, 200);
        Treat.Result result = Treat.apply(x, new TreatSpec(TreatSpec.Method.WINSORISE, 1, 2.0, 3.5, false));
        assertThat(values(result.table())[13]).isEqualTo(150.0);
        assertThat(result.summary().get(0).result()).isEqualTo(ColumnTreatment.Outcome.WINSORISED);
    }

    @Test
    void aConstantColumnIsLeftUntreatedWithAWarning() {
        Treat.Result result = Treat.apply(column("K", 3, 3, 3, NA, 3), TreatSpec.coinrDefault());
        assertThat(values(result.table())).containsExactly(3, 3, 3, NA, 3);
        assertThat(result.cells()).isEmpty();
        assertThat(result.summary().get(0).before().defined()).isFalse();
        assertThat(result.summary().get(0).result()).isEqualTo(ColumnTreatment.Outcome.NONE);
        assertThat(result.warnings()).singleElement().asString().startsWith("K: skewness or kurtosis cannot be");
    }

    @Test
    void aStepThatLeavesTheColumnConstantAbandonsTheTreatment() {
        // nine 0s and a 1: skew 3.1623, kurt 10: failing. The high step sets the 1 to 0: constant, so the
        // statistics are undefined; the original column is kept, untreated, with a warning.
        Treat.Result result = Treat.apply(column("Z", 0, 0, 0, 0, 0, 0, 0, 0, 0, 1), TreatSpec.coinrDefault());
        assertThat(values(result.table())[9]).isEqualTo(1.0);
        assertThat(result.cells()).isEmpty();
        assertThat(result.summary().get(0).result()).isEqualTo(ColumnTreatment.Outcome.NONE);
        assertThat(result.summary().get(0).before().skew()).isCloseTo(3.1622776601683786, within(1e-12));
        assertThat(result.summary().get(0).winsorised()).as("the step was thrown away: nothing is winsorised")
                .isEmpty();
        assertThat(result.summary().get(0).afterWinsorising()).isEmpty();
        assertThat(result.summary().get(0).shapeFinal()).isEqualTo(result.summary().get(0).before());
        assertThat(result.warnings()).singleElement().asString().contains("left the column constant");
    }

    @Test
    void missingValuesAreLeftOutOfTheStatisticsAndStayMissing() {
        // the column of the ties test with two missing values added: same statistics, same treatment
        IndicatorTable x = column("X", NA, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, NA, 100);
        Treat.Result result = Treat.apply(x, new TreatSpec(TreatSpec.Method.WINSORISE, 5, 1.0, 1.0, true));
        assertThat(result.summary().get(0).before().skew()).isCloseTo(2.029793190177469, within(1e-12));
        assertThat(values(result.table())).containsExactly(NA, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, NA, 10);
    }

    @Test
    void methodNoneChangesNothingAndReportsNothing() {
        IndicatorTable x = column("X", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 100);
        Treat.Result result = Treat.apply(x, TreatSpec.none());
        assertThat(result.table()).isSameAs(x);
        assertThat(result.summary()).isEmpty();
    }
}
