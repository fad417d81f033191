package eu.aireadiness.methodology.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.junit.jupiter.api.Test;

class AverageRanksTest {

    @Test
    void tiesShareTheAverageOfTheirRanks() {
        // sorted: -1 (1), 3 3 (2 and 3: 2.5), 4 (4), 7 7 7 (5, 6, 7: 6)
        assertThat(AverageRanks.of(new double[] {7, 3, -1, 7, 4, 3, 7}))
                .containsExactly(6, 2.5, 1, 6, 4, 2.5, 6);
    }

    @Test
    void theSameDoublesAsHipparchusNaturalRankingOnTiedAndSignedData() {
        Well19937c random = new Well19937c(11);
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            // few distinct values (long runs of ties), both zeros, infinities
            values[i] = switch (random.nextInt(12)) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> Double.POSITIVE_INFINITY;
                case 3 -> Double.NEGATIVE_INFINITY;
                default -> Math.floor(random.nextGaussian() * 40) / 4;
            };
        }
        assertThat(AverageRanks.of(values)).containsExactly(new NaturalRanking().rank(values));
    }

    @Test
    void spearmanIsBitForBitHipparchusOnTiedData() {
        Well19937c random = new Well19937c(5);
        double[] x = new double[5_001];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(50);
            y[i] = x[i] + random.nextInt(30) - 0.5 * random.nextInt(3);
        }
        assertThat(PairwiseCorrelation.of(x, y).spearman()).isEqualTo(new SpearmansCorrelation().correlation(x, y));
        assertThat(PairwiseCorrelation.pearson(x, y)).isEqualTo(PairwiseCorrelation.of(x, y).pearson());
    }
}
