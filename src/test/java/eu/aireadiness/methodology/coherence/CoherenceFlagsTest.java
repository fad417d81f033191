package eu.aireadiness.methodology.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.coherence.CoherenceFlag.Kind;

/** The audit's warnings, and the checks on the tree handed in. */
class CoherenceFlagsTest {

    /**
     * P = (2,4,5,9), deviations (-3,-1,0,4), Spp = 26. Each child is a permutation of 1..4 (Sxx = 5):
     * X1 = (1,2,3,4): Sxp = 11, r = 11/sqrt(130) = 0.965
     * X2 = (2,1,4,3): Sxp = 5,  r = 5/sqrt(130)  = 0.439  (weak below 0.5)
     * X3 = (4,3,2,1): Sxp = -11, r = -0.965          (negative)
     * Pairs: r(X1,X2) = 3/5 = 0.6; r(X1,X3) = -1; r(X2,X3): (-0.5,-1.5,1.5,0.5)·(1.5,0.5,-0.5,-1.5) = -3, r = -0.6
     */
    private static final IndicatorTable SCORES = new IndicatorTable(List.of("A", "B", "C", "D"),
            List.of("X1", "X2", "X3", "P"),
            new double[][] {{1, 2, 4, 2}, {2, 1, 3, 4}, {3, 4, 2, 5}, {4, 3, 1, 9}});
    private static final Map<String, String> TREE = Map.of("X1", "P", "X2", "P", "X3", "P");

    @Test
    void negativeWeakAndNegativePairFlags() {
        List<CoherenceFlag> flags = Coherence.analyse(SCORES, TREE, "P", 0.5).flags();
        assertThat(flags).extracting(CoherenceFlag::code, CoherenceFlag::pairedWith, CoherenceFlag::parent,
                CoherenceFlag::kind).containsExactly(
                        tuple("X2", "", "P", Kind.WEAK),
                        tuple("X3", "", "P", Kind.NEGATIVE),
                        tuple("X1", "X3", "P", Kind.NEGATIVE_PAIR),
                        tuple("X2", "X3", "P", Kind.NEGATIVE_PAIR));
        assertThat(flags.get(0).value()).isCloseTo(5 / Math.sqrt(130), within(1e-12));
        assertThat(flags.get(1).value()).isCloseTo(-11 / Math.sqrt(130), within(1e-12));
        assertThat(flags.get(2).value()).isCloseTo(-1.0, within(1e-12));
        assertThat(flags.get(3).value()).isCloseTo(-0.6, within(1e-12));
    }

    @Test
    void theThresholdDecidesWhatIsWeak() {
        // At 0.3, X2's 0.439 is no longer weak; the negative flags stay.
        assertThat(Coherence.analyse(SCORES, TREE, "P", 0.3).flags())
                .extracting(CoherenceFlag::kind).containsExactly(Kind.NEGATIVE, Kind.NEGATIVE_PAIR, Kind.NEGATIVE_PAIR);
    }

    @Test
    void flagsAreGroupedByTheirAggregate() {
        // Two pillars under IDX. In P1 everything moves together. In P2 = (1,3,2,4), deviations (-1.5,0.5,-0.5,1.5):
        // Y2 = (4,3,1,2), deviations (1.5,0.5,-1.5,-0.5): with P2 -2/5 = -0.4, with Y1 = (1,2,3,4) -4/5 = -0.8.
        IndicatorTable table = new IndicatorTable(List.of("A", "B", "C", "D"),
                List.of("X1", "X2", "P1", "Y1", "Y2", "P2", "IDX"),
                new double[][] {{1, 1, 1, 1, 4, 1, 1}, {2, 3, 2, 2, 3, 3, 2}, {3, 2, 3, 3, 1, 2, 3},
                        {4, 4, 4, 4, 2, 4, 4}});
        CoherenceReport report = Coherence.analyse(table,
                Map.of("X1", "P1", "X2", "P1", "Y1", "P2", "Y2", "P2", "P1", "IDX", "P2", "IDX"), "IDX", 0.3);
        assertThat(report.flagsOf("P1")).isEmpty();
        assertThat(report.flagsOf("P2")).extracting(CoherenceFlag::code, CoherenceFlag::kind)
                .containsExactly(tuple("Y2", Kind.NEGATIVE), tuple("Y1", Kind.NEGATIVE_PAIR));
    }

    @Test
    void aTreeNamingAMissingColumnIsRefused() {
        assertThatThrownBy(() -> Coherence.analyse(SCORES, Map.of("X1", "P", "X4", "P"), "P", 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X4");
        assertThatThrownBy(() -> Coherence.analyse(SCORES, TREE, "IDX", 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index code IDX");
    }

    @Test
    void aCodeThatDoesNotLeadToTheIndexIsRefused() {
        assertThatThrownBy(() -> Coherence.analyse(SCORES, Map.of("X1", "P", "X2", "X3"), "P", 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X2 does not lead to the index P");
        assertThatThrownBy(() -> Coherence.analyse(SCORES, Map.of("X1", "X2", "X2", "X1", "X3", "P"), "P", 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("circle");
        assertThatThrownBy(() -> Coherence.analyse(SCORES, Map.of("X1", "P", "P", "X2"), "P", 0.3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("root");
    }

    @Test
    void anUnusableThresholdIsRefused() {
        assertThatThrownBy(() -> Coherence.analyse(SCORES, TREE, "P", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    }
}
