package eu.aireadiness.methodology.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/** Cronbach's alpha and the first principal component's share on tiny tables worked out by hand. */
class CoherenceReliabilityTest {

    private static final double NA = Double.NaN;
    private static final double EXACT = 1e-12;

    /** Units U0, U1 ... with the given children of P; P's own scores enter neither alpha nor PCA. */
    private static AggregateCoherence aggregateOf(List<String> children, double[][] rows) {
        List<String> codes = new ArrayList<>(children);
        codes.add("P");
        double[][] withParent = new double[rows.length][];
        for (int u = 0; u < rows.length; u++) {
            withParent[u] = Arrays.copyOf(rows[u], rows[u].length + 1);
            withParent[u][rows[u].length] = u;
        }
        List<String> units = IntStream.range(0, rows.length).mapToObj(u -> "U" + u).toList();
        Map<String, String> tree = new HashMap<>();
        children.forEach(child -> tree.put(child, "P"));
        return Coherence.analyse(new IndicatorTable(units, codes, withParent), tree, "P", 0.3).aggregate("P");
    }

    @Test
    void twoPerfectlyCorrelatedItemsOfEqualVarianceHaveAlphaOneAndShareOne() {
        // Y = X + 10: var(Y) = var(X) = v, var(X+Y) = 4v, alpha = 2 * (1 - 2v/4v) = 1; r = 1, share = (1+1)/2
        AggregateCoherence p = aggregateOf(List.of("X", "Y"), new double[][] {{1, 11}, {2, 12}, {3, 13}, {4, 14}});
        assertThat(p.cronbachAlpha()).isCloseTo(1.0, within(EXACT));
        assertThat(p.firstComponentShare()).isCloseTo(1.0, within(EXACT));
        assertThat(p.childCount()).isEqualTo(2);
        assertThat(p.n()).isEqualTo(4);
    }

    @Test
    void perfectlyCorrelatedItemsOfUnequalVarianceHaveAlphaBelowOne() {
        // Y = 2X: var(Y) = 4v, var(3X) = 9v, alpha = 2 * (1 - 5v/9v) = 8/9
        AggregateCoherence p = aggregateOf(List.of("X", "Y"), new double[][] {{1, 2}, {2, 4}, {3, 6}, {4, 8}});
        assertThat(p.cronbachAlpha()).isCloseTo(8.0 / 9, within(EXACT));
    }

    @Test
    void threeItemsWithKnownVariancesAndCovariances() {
        // Each item is a permutation of 1..4, so each variance is 5/3 (sum of squared deviations 5, over n-1 = 3).
        // Covariances: (X1,X2) = 3/3 = 1, (X1,X3) = 4/3, (X2,X3) = 0.
        // var(sum) = 3 * 5/3 + 2 * (1 + 4/3 + 0) = 29/3 (sums per unit 4, 6, 9, 11: squared deviations 29, / 3).
        // alpha = 3/2 * (1 - 5 / (29/3)) = 21/29.
        // Correlations r12 = 0.6, r13 = 0.8, r23 = 0: R - I has eigenvalues 0 and ±sqrt(0.36 + 0.64) = ±1,
        // so R has eigenvalues 2, 1, 0 and the first component carries 2/3 of the variance.
        AggregateCoherence p = aggregateOf(List.of("X1", "X2", "X3"),
                new double[][] {{1, 2, 1}, {2, 1, 3}, {3, 4, 2}, {4, 3, 4}});
        assertThat(p.cronbachAlpha()).isCloseTo(21.0 / 29, within(EXACT));
        assertThat(p.firstComponentShare()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(p.childCount()).isEqualTo(3);
    }

    @Test
    void negativelyCorrelatedPairHasNegativeAlphaAndShareFromTheAbsoluteCorrelation() {
        // X = (1,2,3,4), Y = (3,4,1,2): variances 5/3, covariance -3/3 = -1, r = -0.6
        // var(X+Y) = 10/3 - 2 = 4/3, alpha = 2 * (1 - (10/3)/(4/3)) = -3; share = (1 + |r|)/2 = 0.8
        AggregateCoherence p = aggregateOf(List.of("X", "Y"), new double[][] {{1, 3}, {2, 4}, {3, 1}, {4, 2}});
        assertThat(p.cronbachAlpha()).isCloseTo(-3.0, within(EXACT));
        assertThat(p.firstComponentShare()).isCloseTo(0.8, within(EXACT));
    }

    @Test
    void onlyCompleteCasesCount() {
        // Unit E lacks Y, unit F lacks X: both are left out and A..D are the table of the first test.
        AggregateCoherence p = aggregateOf(List.of("X", "Y"),
                new double[][] {{1, 11}, {2, 12}, {3, 13}, {4, 14}, {100, NA}, {NA, -50}});
        assertThat(p.n()).isEqualTo(4);
        assertThat(p.cronbachAlpha()).isCloseTo(1.0, within(EXACT));
        assertThat(p.firstComponentShare()).isCloseTo(1.0, within(EXACT));
    }

    @Test
    void constantChildMakesTheShareUndefinedButNotAlpha() {
        // Z constant: var(Z) = 0 and var(X+Z) = var(X), alpha = 2 * (1 - v/v) = 0; corr(X, Z) undefined
        AggregateCoherence p = aggregateOf(List.of("X", "Z"), new double[][] {{1, 5}, {2, 5}, {3, 5}, {4, 5}});
        assertThat(p.cronbachAlpha()).isCloseTo(0.0, within(EXACT));
        assertThat(p.firstComponentShare()).isNaN();
    }

    @Test
    void constantSumMakesAlphaUndefined() {
        // X + Y = 5 for every unit: var(sum) = 0
        AggregateCoherence p = aggregateOf(List.of("X", "Y"), new double[][] {{1, 4}, {2, 3}, {3, 2}, {4, 1}});
        assertThat(p.cronbachAlpha()).isNaN();
        assertThat(p.firstComponentShare()).isCloseTo(1.0, within(EXACT)); // r = -1
    }

    @Test
    void tooFewCompleteUnitsOrASingleChildGiveNaN() {
        AggregateCoherence twoUnits = aggregateOf(List.of("X", "Y"),
                new double[][] {{1, 2}, {2, 1}, {NA, 3}, {4, NA}});
        assertThat(twoUnits.n()).isEqualTo(2);
        assertThat(twoUnits.cronbachAlpha()).isNaN();
        assertThat(twoUnits.firstComponentShare()).isNaN();

        AggregateCoherence oneChild = aggregateOf(List.of("X"), new double[][] {{1}, {2}, {3}, {4}});
        assertThat(oneChild.childCount()).isEqualTo(1);
        assertThat(oneChild.cronbachAlpha()).isNaN();
        assertThat(oneChild.firstComponentShare()).isNaN();
    }
}
