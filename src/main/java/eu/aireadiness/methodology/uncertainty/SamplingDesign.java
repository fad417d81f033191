package eu.aireadiness.methodology.uncertainty;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.SobolSequenceGenerator;
import org.hipparchus.random.Well19937c;

/**
 * How sample points in [0,1)^d are drawn. Both designs are seeded and let a worker start at any block of rows, so
 * row r is the same point whichever worker computes it.
 */
public enum SamplingDesign {

    /**
     * Hipparchus' {@link SobolSequenceGenerator} (Joe-Kuo direction numbers), randomised by a random digital shift
     * drawn from the seed: each coordinate's 52 bits are XOR-ed with a fixed seeded mask. The shift keeps the
     * sequence's stratification (for N = 2^m points each of the 2^m equal intervals of a coordinate holds one point)
     * and gives different seeds independent estimates. Points start at index 0, which the shift moves off the
     * origin. Converges faster than pseudo-random sampling; the usual choice for Saltelli's design.
     */
    SOBOL,

    /**
     * Hipparchus' {@link Well19937c}; each block of {@link ParallelBlocks#BLOCK_ROWS} rows has its own generator
     * seeded with (seed, first row), so the rows do not depend on which thread draws them.
     */
    PSEUDO_RANDOM;

    /** Sobol points are integers over 2^52 in Hipparchus, which makes the shift exact. */
    private static final double SOBOL_SCALE = 0x1p52;

    /** The dimensions of the direction numbers bundled with Hipparchus. */
    static final int SOBOL_MAX_DIMENSION = 1000;

    /** The points of rows {@code firstRow, firstRow + 1, ...}; {@code firstRow} is the start of a block. */
    PointSequence points(int dimension, long seed, int firstRow) {
        return switch (this) {
            case SOBOL -> sobol(dimension, seed, firstRow);
            case PSEUDO_RANDOM -> pseudoRandom(seed, firstRow);
        };
    }

    private static PointSequence sobol(int dimension, long seed, int firstRow) {
        if (dimension > SOBOL_MAX_DIMENSION) {
            throw new IllegalArgumentException("the Sobol design has direction numbers for " + SOBOL_MAX_DIMENSION
                    + " dimensions, found " + dimension + " (a sensitivity analysis needs 2 per factor)."
                    + " Use PSEUDO_RANDOM or fewer factors, e.g. one weight factor per level (NoisyWeights).");
        }
        RandomGenerator maskSource = new Well19937c(seed);
        long[] masks = new long[dimension];
        for (int i = 0; i < dimension; i++) {
            masks[i] = maskSource.nextLong() & ((1L << 52) - 1);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(dimension);
        if (firstRow > 0) {
            sobol.skipTo(firstRow - 1);
        }
        return pointOut -> {
            double[] x = sobol.nextVector();
            for (int i = 0; i < dimension; i++) {
                pointOut[i] = (((long) (x[i] * SOBOL_SCALE)) ^ masks[i]) / SOBOL_SCALE;
            }
        };
    }

    private static PointSequence pseudoRandom(long seed, int firstRow) {
        RandomGenerator random = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), firstRow});
        return pointOut -> {
            for (int i = 0; i < pointOut.length; i++) {
                pointOut[i] = random.nextDouble();
            }
        };
    }

    /** A stream of sample points, one row per call. */
    interface PointSequence {

        void next(double[] pointOut);
    }
}
