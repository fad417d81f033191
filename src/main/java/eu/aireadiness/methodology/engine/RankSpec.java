package eu.aireadiness.methodology.engine;

/**
 * How scores are ranked: competition ranking (1, 2, 2, 4) from the highest score.
 *
 * @param tieTolerance scores whose relative difference is at most this share a rank. 0 (COINr's behaviour) ties
 *                     only scores equal to the bit; a small tolerance such as 1e-12 keeps rounding in the last bits
 *                     (the same mean summed in another order) from ranking two equal scores apart
 */
public record RankSpec(double tieTolerance) {

    public RankSpec {
        if (!(tieTolerance >= 0 && tieTolerance <= 1e-6)) {
            throw new InvalidMethodException("rank.tie_tolerance", "expected a relative tolerance from 0 to 1e-6"
                    + " (rounding noise, not a real difference), found " + tieTolerance);
        }
    }

    /** Ties only between scores equal to the bit, as COINr ranks. */
    public static RankSpec exact() {
        return new RankSpec(0);
    }
}
