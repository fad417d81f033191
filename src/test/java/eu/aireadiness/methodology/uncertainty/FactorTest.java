package eu.aireadiness.methodology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class FactorTest {

    @Test
    void uniformFactorMapsTheUnitIntervalLinearly() {
        Factor.Uniform weight = new Factor.Uniform("w", 0.75, 1.25);
        assertThat(weight.value(0)).isEqualTo(0.75);
        assertThat(weight.value(0.5)).isEqualTo(1.0);
        assertThat(weight.value(0.9)).isCloseTo(1.2, within(1e-15));
    }

    @Test
    void choiceSplitsTheUnitIntervalIntoEqualStrata() {
        Factor.Choice cap = Factor.Choice.of("winsorisation cap", "1", "2", "3", "4", "5");
        int[] counts = new int[5];
        for (int i = 0; i < 1000; i++) {
            counts[Factor.Choice.position(cap.value(i / 1000.0))]++; // u = 0, 0.001, ... 0.999
        }
        assertThat(counts).containsExactly(200, 200, 200, 200, 200);
        assertThat(cap.value(0.2)).isEqualTo(1.0);                     // [0.2, 0.4) is the second alternative
        assertThat(cap.alternative(cap.value(Math.nextDown(1.0)))).isEqualTo("5");
    }

    @Test
    void sobolSampledChoicesAreExactlyBalancedOverAPowerOfTwo() {
        // For 2^m Sobol points each coordinate has one point in each interval [j/2^m, (j+1)/2^m), and a digital
        // shift keeps that, so 4 alternatives get 1024/4 points each, whatever the seed, in every coordinate.
        FactorSpace space = FactorSpace.of(Factor.Choice.of("normalisation", "minmax", "zscore", "rank", "goalposts"),
                Factor.Choice.of("aggregation", "arithmetic", "geometric"));
        for (long seed : new long[] {1, 2, 42}) {
            int[][] counts = sampledCounts(space, SamplingDesign.SOBOL, seed, 1024);
            assertThat(counts[0]).containsExactly(256, 256, 256, 256);
            assertThat(counts[1]).containsExactly(512, 512);
        }
    }

    @Test
    void pseudoRandomChoicesAreUniformWithinSamplingError() {
        // 10 000 draws among 5: each count is binomial, mean 2000, standard deviation 40; 160 is four of them.
        FactorSpace space = FactorSpace.of(Factor.Choice.of("cap", "1", "2", "3", "4", "5"));
        int[][] counts = sampledCounts(space, SamplingDesign.PSEUDO_RANDOM, 5, 10_000);
        for (int count : counts[0]) {
            assertThat(count).isBetween(2000 - 160, 2000 + 160);
        }
    }

    @Test
    void weightMultipliersGiveOneFactorPerWeight() {
        List<Factor> factors = FactorSpace.weightMultipliers("weight ", List.of("SKL", "DAT"), 0.25);
        assertThat(factors).containsExactly(new Factor.Uniform("weight SKL", 0.75, 1.25),
                new Factor.Uniform("weight DAT", 0.75, 1.25));
        assertThat(new FactorSpace(factors).position("weight DAT")).isEqualTo(1);
    }

    @Test
    void noisyWeightSetsStayWithinTheNoiseAndAreSeeded() {
        double[][] sets = NoisyWeights.sets(new double[] {0.5, 0.3, 0.2}, 0.25, 50, 8);
        for (double[] set : sets) {
            assertThat(set[0]).isBetween(0.375, 0.625);
            assertThat(set[1]).isBetween(0.225, 0.375);
            assertThat(set[2]).isBetween(0.15, 0.25);
        }
        assertThat(NoisyWeights.sets(new double[] {0.5, 0.3, 0.2}, 0.25, 50, 8)).isDeepEqualTo(sets);
        assertThat(NoisyWeights.factor("level 2 weights", 50).alternatives()).hasSize(50);
    }

    @Test
    void invalidFactorsAreRejectedWithWhatToFix() {
        assertThatThrownBy(() -> new Factor.Uniform("w", 1.25, 0.75)).hasMessageContaining("lower <= upper");
        assertThatThrownBy(() -> Factor.Choice.of("aggregation", "arithmetic"))
                .hasMessageContaining("at least 2 alternatives");
        assertThatThrownBy(() -> FactorSpace.of(new Factor.Uniform("w", 0, 1), new Factor.Uniform("w", 0, 2)))
                .hasMessageContaining("factor w appears twice");
        assertThatThrownBy(() -> FactorSpace.of(new Factor.Uniform("w", 0, 1)).position("v"))
                .hasMessageContaining("no factor v; factors: [w]");
        assertThatThrownBy(() -> SamplingDesign.SOBOL.points(1001, 1, 0)).hasMessageContaining("Use PSEUDO_RANDOM");
    }

    /** How often each alternative of each (choice) factor is drawn over the first {@code rows} rows. */
    private static int[][] sampledCounts(FactorSpace space, SamplingDesign design, long seed, int rows) {
        int[][] counts = new int[space.dimension()][];
        for (int i = 0; i < space.dimension(); i++) {
            counts[i] = new int[((Factor.Choice) space.factors().get(i)).alternatives().size()];
        }
        double[] point = new double[space.dimension()];
        double[] values = new double[space.dimension()];
        for (int first = 0; first < rows; first += ParallelBlocks.BLOCK_ROWS) {
            SamplingDesign.PointSequence points = design.points(space.dimension(), seed, first);
            for (int row = first; row < Math.min(rows, first + ParallelBlocks.BLOCK_ROWS); row++) {
                points.next(point);
                space.values(point, 0, values);
                for (int i = 0; i < values.length; i++) {
                    counts[i][Factor.Choice.position(values[i])]++;
                }
            }
        }
        return counts;
    }
}
