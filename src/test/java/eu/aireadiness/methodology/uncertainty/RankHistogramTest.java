package eu.aireadiness.methodology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class RankHistogramTest {

    @Test
    void percentilesFollowRType7() {
        // Unit 0 ranked 1, 1, 2, 3 (sorted x[0..3]); unit 1 the rest of each ranking.
        RankHistogram histogram = new RankHistogram(3);
        histogram.add(new int[] {1, 2, 3});
        histogram.add(new int[] {3, 1, 2});
        histogram.add(new int[] {1, 3, 2});
        histogram.add(new int[] {2, 1, 3});

        // h = (n - 1) p = 3 p.  p = 0.05: h = 0.15, x[0] + 0.15 (x[1] - x[0]) = 1.
        assertThat(histogram.quantile(0, 0.05)).isEqualTo(1.0);
        // p = 0.5: h = 1.5, x[1] + 0.5 (x[2] - x[1]) = 1 + 0.5 = 1.5.
        assertThat(histogram.quantile(0, 0.5)).isEqualTo(1.5);
        // p = 0.95: h = 2.85, x[2] + 0.85 (x[3] - x[2]) = 2 + 0.85 = 2.85.
        assertThat(histogram.quantile(0, 0.95)).isCloseTo(2.85, within(1e-12));
        assertThat(histogram.quantile(0, 1)).isEqualTo(3.0);
        assertThat(histogram.meanRank(0)).isEqualTo(7.0 / 4);   // (1 + 1 + 2 + 3) / 4
        assertThat(histogram.meanRank(1)).isEqualTo(7.0 / 4);   // 2, 1, 3, 1
        assertThat(histogram.meanRank(2)).isEqualTo(10.0 / 4);  // 3, 2, 2, 3
        assertThat(histogram.count(2, 2)).isEqualTo(2);
    }

    @Test
    void percentilesAgreeWithHipparchusOnRawRanks() {
        int units = 6;
        int replications = 777;
        Well19937c random = new Well19937c(3);
        double[][] raw = new double[units][replications];
        RankHistogram histogram = new RankHistogram(units);
        for (int r = 0; r < replications; r++) {
            int[] ranks = new int[units];
            for (int u = 0; u < units; u++) {
                ranks[u] = 1 + random.nextInt(1 + u); // skewed: unit u takes ranks 1..u+1
                raw[u][r] = ranks[u];
            }
            histogram.add(ranks);
        }
        Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int u = 0; u < units; u++) {
            for (double p : new double[] {0.05, 0.25, 0.5, 0.9, 0.95}) {
                assertThat(histogram.quantile(u, p)).as("unit %d, p %s", u, p)
                        .isCloseTo(r7.evaluate(raw[u], 100 * p), within(1e-12));
            }
        }
    }

    @Test
    void mergingAddsCounts() {
        RankHistogram left = new RankHistogram(2);
        left.add(new int[] {1, 2});
        RankHistogram right = new RankHistogram(2);
        right.add(new int[] {2, 1});
        right.add(new int[] {2, 1});
        left.addAll(right);
        assertThat(left.replications()).isEqualTo(3);
        assertThat(left.count(0, 2)).isEqualTo(2);
        assertThat(left.meanRank(0)).isEqualTo(5.0 / 3);
    }

    @Test
    void rankOutsideOneToUnitsIsRejectedWithAHint() {
        RankHistogram histogram = new RankHistogram(2);
        assertThatThrownBy(() -> histogram.add(new int[] {1, 0}))
                .hasMessageContaining("unit 1 rank 0, expected 1 to 2")
                .hasMessageContaining("without a score");
    }
}
