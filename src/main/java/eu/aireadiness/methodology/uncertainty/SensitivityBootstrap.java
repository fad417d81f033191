package eu.aireadiness.methodology.uncertainty;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Bootstrap percentile confidence intervals of the Sobol indices, as SALib and COINr give: R times, draw N rows
 * with replacement (the same rows of A, B and every A_B^i, which keeps the design's pairing), re-estimate, and take
 * the (1 - level)/2 and (1 + level)/2 percentiles of the R estimates with Hipparchus' {@link Percentile} (R type 7).
 * One seeded generator draws all resamples in order, so intervals are reproducible.
 */
final class SensitivityBootstrap {

    /** Keeps the bootstrap's stream apart from the sample's, which starts from the same seed. */
    private static final int STREAM = 0xB0075;

    private final double[][] firstOrder;
    private final double[][] total;
    private final double level;

    SensitivityBootstrap(double[] fA, double[] fB, double[][] fAB, SensitivitySettings settings) {
        int resamples = settings.bootstrapResamples();
        int n = fA.length;
        int d = fAB.length;
        this.level = settings.confidenceLevel();
        this.firstOrder = new double[d][resamples];
        this.total = new double[d][resamples];
        long seed = settings.seed();
        RandomGenerator random = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), STREAM});
        int[] rows = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            double variance = SaltelliEstimators.variance(fA, fB, rows);
            for (int i = 0; i < d; i++) {
                firstOrder[i][b] = SaltelliEstimators.firstOrder(fA, fB, fAB[i], rows, variance);
                total[i][b] = SaltelliEstimators.total(fA, fAB[i], rows, variance);
            }
        }
    }

    SensitivityResult.Interval firstOrderInterval(int factor) {
        return interval(firstOrder[factor]);
    }

    SensitivityResult.Interval totalInterval(int factor) {
        return interval(total[factor]);
    }

    private SensitivityResult.Interval interval(double[] estimates) {
        if (estimates.length == 0) {
            return SensitivityResult.Interval.NOT_ESTIMATED;
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(estimates);
        return new SensitivityResult.Interval(percentile.evaluate(100 * (1 - level) / 2),
                percentile.evaluate(100 * (1 + level) / 2));
    }
}
