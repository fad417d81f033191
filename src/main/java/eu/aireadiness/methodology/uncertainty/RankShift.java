package eu.aireadiness.methodology.uncertainty;

import java.util.function.Supplier;

/**
 * The scalar output COINr's sensitivity analysis uses for a composite index: the mean over units of the absolute
 * difference between a replication's rank and the nominal rank. It is zero under the nominal assumptions and grows
 * with how far an assumption moves the ranking as a whole, so a factor's Sobol indices say how much of the ranking's
 * instability it causes.
 */
public final class RankShift {

    private RankShift() {
    }

    public static double meanAbsoluteShift(int[] ranks, int[] nominalRanks) {
        if (ranks.length != nominalRanks.length) {
            throw new IllegalArgumentException(ranks.length + " ranks for " + nominalRanks.length + " nominal ranks");
        }
        long total = 0;
        for (int u = 0; u < ranks.length; u++) {
            total += Math.abs(ranks[u] - nominalRanks[u]);
        }
        return (double) total / ranks.length;
    }

    /** Each model it supplies wraps its own rank model and rank buffer, so it keeps the one-per-thread rule. */
    public static Supplier<ScalarModel> meanAbsoluteShift(Supplier<? extends RankModel> rankModels,
            int[] nominalRanks) {
        int[] nominal = nominalRanks.clone();
        return () -> {
            RankModel model = rankModels.get();
            int[] ranks = new int[nominal.length];
            return factorValues -> {
                model.ranks(factorValues, ranks);
                return meanAbsoluteShift(ranks, nominal);
            };
        };
    }
}
