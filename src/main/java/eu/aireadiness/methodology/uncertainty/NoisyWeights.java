package eu.aireadiness.methodology.uncertainty;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Weight perturbation with one factor per aggregation level, as COINr does: a seeded set of {@code count} noisy
 * copies of the level's nominal weights (each weight times an independent uniform multiplier in
 * [1 - noise, 1 + noise]), and one {@link Factor.Choice} per level picking which copy a replication uses. This keeps
 * the number of factors, hence the cost of the sensitivity analysis, independent of the number of weights; the
 * per-weight alternative is {@link FactorSpace#weightMultipliers}.
 */
public final class NoisyWeights {

    private NoisyWeights() {
    }

    /** @return {@code count} rows, each the nominal weights perturbed (not renormalised: the model does that) */
    public static double[][] sets(double[] nominalWeights, double noise, int count, long seed) {
        if (!(noise >= 0 && noise < 1)) {
            throw new IllegalArgumentException("relative weight noise must be in [0, 1), found " + noise);
        }
        if (count < 2) {
            throw new IllegalArgumentException("need at least 2 noisy weight sets, found " + count);
        }
        RandomGenerator random = new Well19937c(seed);
        double[][] sets = new double[count][nominalWeights.length];
        for (double[] set : sets) {
            for (int w = 0; w < set.length; w++) {
                set[w] = nominalWeights[w] * (1 - noise + 2 * noise * random.nextDouble());
            }
        }
        return sets;
    }

    /** The level's factor: alternative j means row j of {@link #sets}. */
    public static Factor.Choice factor(String name, int count) {
        String[] alternatives = new String[count];
        for (int j = 0; j < count; j++) {
            alternatives[j] = "weight set " + (j + 1);
        }
        return Factor.Choice.of(name, alternatives);
    }
}
