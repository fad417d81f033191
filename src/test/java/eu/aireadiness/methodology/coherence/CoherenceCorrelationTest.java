package eu.aireadiness.methodology.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/** Correlations with the parent and the index on tiny tables; every expected value is worked out in the comments. */
class CoherenceCorrelationTest {

    private static final double NA = Double.NaN;
    private static final double EXACT = 1e-12;

    /**
     * Four units, two indicators under pillar P, P and indicator Y under the index IDX.
     * <pre>
     *        X1  X2  P  IDX  Y
     *   A     1   2  2   1   7
     *   B     2   1  4   3   1
     *   C     3   4  5   2   4
     *   D     4   3  9   5   2
     * </pre>
     * Deviations from the mean: X1 (-1.5,-0.5,0.5,1.5), Sxx = 5; X2 (-0.5,-1.5,1.5,0.5), Sxx = 5;
     * P (mean 5) (-3,-1,0,4), Spp = 26; IDX (mean 2.75) (-1.75,0.25,-0.75,2.25), Sii = 8.75.
     */
    private static final IndicatorTable FOUR_UNITS = new IndicatorTable(List.of("A", "B", "C", "D"),
            List.of("X1", "X2", "P", "IDX", "Y"),
            new double[][] {{1, 2, 2, 1, 7}, {2, 1, 4, 3, 1}, {3, 4, 5, 2, 4}, {4, 3, 9, 5, 2}});

    private static final Map<String, String> TREE = Map.of("X1", "P", "X2", "P", "P", "IDX", "Y", "IDX");

    @Test
    void pearsonAndSpearmanWithParentAndIndex() {
        CoherenceReport report = Coherence.analyse(FOUR_UNITS, TREE, "IDX", 0.3);

        CorrelationRow x1 = report.correlation("X1");
        assertThat(x1.parent()).isEqualTo("P");
        assertThat(x1.level()).isEqualTo(1);
        // Sxp = 4.5 + 0.5 + 0 + 6 = 11, r = 11 / sqrt(5 * 26)
        assertThat(x1.pearsonParent()).isCloseTo(11 / Math.sqrt(130), within(EXACT));
        // P is increasing like X1: ranks identical
        assertThat(x1.spearmanParent()).isCloseTo(1.0, within(EXACT));
        // Sxi = 2.625 - 0.125 - 0.375 + 3.375 = 5.5, r = 5.5 / sqrt(5 * 8.75)
        assertThat(x1.pearsonIndex()).isCloseTo(5.5 / Math.sqrt(43.75), within(EXACT));
        // ranks of IDX (1,3,2,4) against (1,2,3,4): d = (0,1,-1,0), 1 - 6*2/(4*15) = 0.8
        assertThat(x1.spearmanIndex()).isCloseTo(0.8, within(EXACT));
        assertThat(x1.nParent()).isEqualTo(4);
        assertThat(x1.nIndex()).isEqualTo(4);

        CorrelationRow x2 = report.correlation("X2");
        // Sxp = 1.5 + 1.5 + 0 + 2 = 5, r = 5 / sqrt(130)
        assertThat(x2.pearsonParent()).isCloseTo(5 / Math.sqrt(130), within(EXACT));
        // ranks (2,1,4,3) against (1,2,3,4): d = (1,-1,1,-1), 1 - 6*4/60 = 0.6
        assertThat(x2.spearmanParent()).isCloseTo(0.6, within(EXACT));

        CorrelationRow pillar = report.correlation("P");
        assertThat(pillar.parent()).isEqualTo("IDX");
        assertThat(pillar.level()).isEqualTo(2);
        // Spi = 5.25 - 0.25 + 0 + 9 = 14, r = 14 / sqrt(26 * 8.75); parent and index are the same column
        assertThat(pillar.pearsonParent()).isCloseTo(14 / Math.sqrt(227.5), within(EXACT));
        assertThat(pillar.pearsonIndex()).isEqualTo(pillar.pearsonParent());
        assertThat(pillar.spearmanIndex()).isCloseTo(0.8, within(EXACT));
    }

    @Test
    void oneRowPerCodeBelowTheIndexInColumnOrderWithLevels() {
        CoherenceReport report = Coherence.analyse(FOUR_UNITS, TREE, "IDX", 0.3);
        assertThat(report.correlations()).extracting(CorrelationRow::code).containsExactly("X1", "X2", "P", "Y");
        // Y sits directly under the index: still an indicator (level 1); the index is one above its highest child
        assertThat(report.correlation("Y").level()).isEqualTo(1);
        assertThat(report.aggregate("IDX").level()).isEqualTo(3);
        assertThat(report.aggregate("IDX").children()).containsExactly("P", "Y");
    }

    @Test
    void spearmanGivesTiesTheirAverageRank() {
        // X = (1,2,2,3) has ranks (1, 2.5, 2.5, 4); P = (1,2,3,4). Pearson on the ranks, as R does:
        // rank deviations (-1.5,0,0,1.5), S = 4.5; P deviations (-1.5,-0.5,0.5,1.5), S = 5; cross = 4.5
        // rho = 4.5 / sqrt(4.5 * 5) = 3 / sqrt(10). (The no-ties shortcut 1 - 6*0.5/60 = 0.95 would be wrong.)
        IndicatorTable table = new IndicatorTable(List.of("A", "B", "C", "D"), List.of("X", "P"),
                new double[][] {{1, 1}, {2, 2}, {2, 3}, {3, 4}});
        CorrelationRow x = Coherence.analyse(table, Map.of("X", "P"), "P", 0.3).correlation("X");
        assertThat(x.spearmanParent()).isCloseTo(3 / Math.sqrt(10), within(EXACT));
    }

    @Test
    void missingValuesLeaveOutOnlyThatPair() {
        // X = (1, 2, NA, 3, 4), P = (2, 4, 7, 5, NA), IDX = (1, 2, 3, 4, 5)
        // with P: units A, B, D: X (1,2,3) dev (-1,0,1); P (2,4,5) mean 11/3 dev (-5/3,1/3,4/3)
        //         Sxp = 5/3 + 4/3 = 3, Sxx = 2, Spp = 42/9, r = 3 / sqrt(2 * 42/9) = 3 / sqrt(28/3)
        // with IDX: units A, B, D, E: X (1,2,3,4); IDX (1,2,4,5) mean 3 dev (-2,-1,1,2)
        //         Sxi = 3 + 0.5 + 0.5 + 3 = 7, Sxx = 5, Sii = 10, r = 7 / sqrt(50); both increasing: rho = 1
        IndicatorTable table = new IndicatorTable(List.of("A", "B", "C", "D", "E"), List.of("X", "P", "IDX"),
                new double[][] {{1, 2, 1}, {2, 4, 2}, {NA, 7, 3}, {3, 5, 4}, {4, NA, 5}});
        CorrelationRow x = Coherence.analyse(table, Map.of("X", "P", "P", "IDX"), "IDX", 0.3).correlation("X");
        assertThat(x.nParent()).isEqualTo(3);
        assertThat(x.pearsonParent()).isCloseTo(3 / Math.sqrt(28.0 / 3), within(EXACT));
        assertThat(x.spearmanParent()).isCloseTo(1.0, within(EXACT)); // ranks (1,2,3) both
        assertThat(x.nIndex()).isEqualTo(4);
        assertThat(x.pearsonIndex()).isCloseTo(7 / Math.sqrt(50), within(EXACT));
        assertThat(x.spearmanIndex()).isCloseTo(1.0, within(EXACT));
    }

    @Test
    void fewerThanThreeCompleteUnitsGiveNaN() {
        IndicatorTable table = new IndicatorTable(List.of("A", "B", "C", "D"), List.of("X", "P"),
                new double[][] {{1, 2}, {2, NA}, {NA, 5}, {4, 3}});
        CorrelationRow x = Coherence.analyse(table, Map.of("X", "P"), "P", 0.3).correlation("X");
        assertThat(x.nParent()).isEqualTo(2);
        assertThat(x.pearsonParent()).isNaN();
        assertThat(x.spearmanParent()).isNaN();
    }

    @Test
    void constantColumnGivesNaNAndNoFlag() {
        IndicatorTable table = new IndicatorTable(List.of("A", "B", "C", "D"), List.of("X", "Z", "P"),
                new double[][] {{1, 5, 1}, {2, 5, 3}, {3, 5, 2}, {4, 5, 4}});
        CoherenceReport report = Coherence.analyse(table, Map.of("X", "P", "Z", "P"), "P", 0.3);
        CorrelationRow z = report.correlation("Z");
        assertThat(z.pearsonParent()).isNaN();
        assertThat(z.spearmanParent()).isNaN();
        assertThat(z.pearsonIndex()).isNaN();
        assertThat(z.nParent()).isEqualTo(4);
        assertThat(report.flags()).isEmpty(); // an undefined correlation is neither negative nor weak
    }

    @Test
    void columnsOutsideTheTreeAreIgnored() {
        IndicatorTable table = new IndicatorTable(List.of("A", "B", "C"), List.of("GDP", "X", "P"),
                new double[][] {{9, 1, 1}, {8, 2, 2}, {7, 3, 3}});
        CoherenceReport report = Coherence.analyse(table, Map.of("X", "P", "P", ""), "P", 0.3);
        assertThat(report.correlations()).extracting(CorrelationRow::code).containsExactly("X");
        assertThat(report.aggregates()).extracting(AggregateCoherence::code).containsExactly("P");
    }
}
