package eu.aireadiness.methodology.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/** Normalisation of one column per indicator: UP (direction +1) and DOWN (direction -1) hold the same values. */
class NormaliseTest {

    private static final double NA = Double.NaN;
    private static final List<String> UNITS = List.of("A", "B", "C", "D");
    private static final IndexStructure STRUCTURE = new IndexStructure(List.of(
            new CodeMeta("UP", 1, "", 1, 1, "", 0, 10),
            new CodeMeta("DOWN", 1, "", -1, 1, "", 0, 10)), List.of());

    private static IndicatorTable both(double... values) {
        double[][] rows = new double[values.length][];
        for (int u = 0; u < values.length; u++) {
            rows[u] = new double[] {values[u], values[u]};
        }
        return new IndicatorTable(UNITS, List.of("UP", "DOWN"), rows);
    }

    private static IndicatorTable normalise(NormaliseSpec spec, double... values) {
        return Normalise.apply(both(values), STRUCTURE, spec);
    }

    @Test
    void minMaxStretchesToTheRangeWithTheBestAtTheTop() {
        IndicatorTable out = normalise(NormaliseSpec.minMax(0, 100), 2, 4, 6, NA);
        assertThat(out.column("UP")).containsExactly(0, 50, 100, NA);
        assertThat(out.column("DOWN")).containsExactly(100, 50, 0, NA);   // the lowest value is the best
        IndicatorTable ranged = normalise(NormaliseSpec.minMax(1, 10), 2, 4, 6, NA);
        assertThat(ranged.column("UP")).containsExactly(1, 5.5, 10, NA);  // (x - 2) / 4 * 9 + 1
    }

    @Test
    void aConstantColumnHasNoMinMaxScore() {
        assertThat(normalise(NormaliseSpec.minMax(0, 100), 3, 3, 3, 3).column("UP")).containsOnly(NA);
    }

    @Test
    void zScoresHaveTheChosenMeanAndStandardDeviation() {
        // 2, 4, 6: mean 4, sample sd 2, so z = -1, 0, 1
        assertThat(normalise(NormaliseSpec.zScore(0, 1), 2, 4, 6, NA).column("UP")).containsExactly(-1, 0, 1, NA);
        assertThat(normalise(NormaliseSpec.zScore(100, 10), 2, 4, 6, NA).column("DOWN"))
                .containsExactly(110, 100, 90, NA);
    }

    @Test
    void goalpostsCapAtTheGoalpostsAndFlipForNegativeIndicators() {
        // goalposts 0 and 10 from the meta: -5 is below (0), 2.5 is a quarter, 20 beyond (100)
        IndicatorTable out = normalise(NormaliseSpec.of(NormaliseSpec.Method.GOALPOSTS), -5, 2.5, 10, 20);
        assertThat(out.column("UP")).containsExactly(0, 25, 100, 100);
        assertThat(out.column("DOWN")).containsExactly(100, 75, 0, 0);      // 10 scores 0, 0 scores 100
        NormaliseSpec overridden = new NormaliseSpec(NormaliseSpec.Method.GOALPOSTS, 0, 1, 0, 1,
                Map.of("UP", new NormaliseSpec.Goalposts(-5, 15)));
        assertThat(Normalise.apply(both(-5, 2.5, 10, 20), STRUCTURE, overridden).column("UP"))
                .containsExactly(0, 0.375, 0.75, 1);                          // (x + 5) / 20, capped
    }

    @Test
    void ranksCountFromTheWorstWithTiesSharingTheSmallestRank() {
        IndicatorTable out = normalise(NormaliseSpec.of(NormaliseSpec.Method.RANK), 30, 10, 30, NA);
        assertThat(out.column("UP")).containsExactly(2, 1, 2, NA);
        assertThat(out.column("DOWN")).containsExactly(1, 3, 1, NA);       // -30 ties lowest, -10 is third
    }

    @Test
    void percentileRanksRunFromZeroToOne() {
        // ranks 2, 1, 2, 4 of four values: (rank - 1) / 3
        IndicatorTable out = normalise(NormaliseSpec.of(NormaliseSpec.Method.PERCENTILE_RANK), 30, 10, 30, 40);
        assertThat(out.column("UP")).containsExactly(new double[] {1.0 / 3, 0, 1.0 / 3, 1}, offset(1e-15));
    }
}
