package eu.aireadiness.methodology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class RankSamplesTest {

    @Test
    void percentilesFollowRType7() {
        // Unit 0 ranked 1, 1, 2, 3 (sorted x[0..3]); unit 1 the rest of each ranking.
        RankSamples samples = new RankSamples(3, 4);
        samples.put(0, new int[] {1, 2, 3});
        samples.put(1, new int[] {3, 1, 2});
        samples.put(2, new int[] {1, 3, 2});
        samples.put(3, new int[] {2, 1, 3});

        RankSamples.Summary[] s = samples.summarise(0.05, 0.95);
        // h = (n - 1) p = 3 p.  p = 0.05: h = 0.15, x[0] + 0.15 (x[1] - x[0]) = 1.
        assertThat(s[0].lower()).isEqualTo(1.0);
        // p = 0.5: h = 1.5, x[1] + 0.5 (x[2] - x[1]) = 1 + 0.5 = 1.5.
        assertThat(s[0].median()).isEqualTo(1.5);
        // p = 0.95: h = 2.85, x[2] + 0.85 (x[3] - x[2]) = 2 + 0.85 = 2.85.
        assertThat(s[0].upper()).isCloseTo(2.85, within(1e-12));
        assertThat(samples.summarise(0.05, 1)[0].upper()).isEqualTo(3.0);
        assertThat(s[0].mean()).isEqualTo(7.0 / 4);   // (1 + 1 + 2 + 3) / 4
        assertThat(s[1].mean()).isEqualTo(7.0 / 4);   // 2, 1, 3, 1
        assertThat(s[2].mean()).isEqualTo(10.0 / 4);  // 3, 2, 2, 3
        // unit 2: 2, 2, 3, 3: the median halfway, h = 1.5 between x[1] = 2 and x[2] = 3
        assertThat(s[2].median()).isEqualTo(2.5);
    }

    @Test
    void percentilesAgreeWithHipparchusOnRawRanks() {
        int units = 6;
        int replications = 777;
        Well19937c random = new Well19937c(3);
        double[][] raw = new double[units][replications];
        RankSamples samples = new RankSamples(units, replications);
        for (int r = 0; r < replications; r++) {
            int[] ranks = new int[units];
            for (int u = 0; u < units; u++) {
                ranks[u] = 1 + random.nextInt(1 + u); // skewed: unit u takes ranks 1..u+1
                raw[u][r] = ranks[u];
            }
            samples.put(r, ranks);
        }
        Percentile r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (double p : new double[] {0.05, 0.25, 0.5, 0.9, 0.95}) {
            RankSamples.Summary[] s = samples.summarise(p, 1 - p);
            for (int u = 0; u < units; u++) {
                assertThat(s[u].lower()).as("unit %d, p %s", u, p).isCloseTo(r7.evaluate(raw[u], 100 * p),
                        within(1e-12));
                assertThat(s[u].upper()).as("unit %d, p %s", u, 1 - p)
                        .isCloseTo(r7.evaluate(raw[u], 100 * (1 - p)), within(1e-12));
            }
        }
    }

    /** Blocks of units are gathered in turn: a count that is not a multiple of the block leaves a short last one. */
    @Test
    void everyUnitOfEveryBlockIsSummarisedFromItsOwnRanks() {
        int units = 70_001; // 65,536 ranks gathered at once: blocks of 21,845 units at 3 replications
        RankSamples samples = new RankSamples(units, 3);
        for (int r = 0; r < 3; r++) {
            int[] ranks = new int[units];
            for (int u = 0; u < units; u++) {
                ranks[u] = 1 + (u + r) % units; // unit u: u + 1, u + 2, u + 3 (wrapping round)
            }
            samples.put(r, ranks);
        }
        RankSamples.Summary[] s = samples.summarise(0.05, 0.95);
        for (int u : new int[] {0, 21_844, 21_845, 43_690, 65_535, 69_998}) {
            assertThat(s[u].median()).as("unit %d", u).isEqualTo(u + 2.0);
            assertThat(s[u].lower()).as("unit %d", u).isCloseTo(u + 1.1, within(1e-9)); // h = 0.1
            assertThat(s[u].mean()).as("unit %d", u).isEqualTo(u + 2.0);
        }
        // the last unit wraps: ranks 70,001, 1, 2 sort to 1, 2, 70,001
        assertThat(s[70_000].median()).isEqualTo(2.0);
        assertThat(s[70_000].mean()).isEqualTo(70_004 / 3.0);
    }

    @Test
    void rankOutsideOneToUnitsIsRejectedWithAHint() {
        RankSamples samples = new RankSamples(2, 1);
        assertThatThrownBy(() -> samples.put(0, new int[] {1, 0}))
                .hasMessageContaining("unit 1 rank 0, expected 1 to 2")
                .hasMessageContaining("without a score");
    }

    @Test
    void aReplicationWithoutRanksIsNotSummarisedAsIfItHadSome() {
        RankSamples samples = new RankSamples(2, 2);
        samples.put(0, new int[] {1, 2});
        assertThatThrownBy(() -> samples.summarise(0.05, 0.95)).hasMessageContaining("replication 1 of 2");
    }

    @Test
    void memoryIsFourBytesPerUnitAndReplicationCountedWithoutOverflow() {
        // 100,000 x 200 x 4 bytes of ranks, plus 24 bytes of row per replication
        assertThat(RankSamples.bytes(100_000, 200)).isEqualTo(80_000_000L + 200 * 24);
        // beyond an int: 100,000 x 1,000,000 x 4 = 4 x 10^11
        assertThat(RankSamples.bytes(100_000, 1_000_000)).isEqualTo(400_000_000_000L + 24_000_000L);
        // beyond a long: refused, not wrapped round to a small number
        assertThatThrownBy(() -> RankSamples.bytes(Integer.MAX_VALUE, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replications");
    }
}
