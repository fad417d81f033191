package eu.aireadiness.methodology.uncertainty;

/**
 * A composite index run under one set of assumptions, returning the units' ranks (1 = best, every rank in
 * 1..units). An instance may keep buffers between calls: the analyses ask their {@code Supplier<RankModel>} for one
 * instance per worker thread and never call one instance from two threads.
 */
@FunctionalInterface
public interface RankModel {

    /**
     * @param factorValues the factors' values in {@link FactorSpace} order; read only
     * @param ranksOut     filled with each unit's rank, in the order of the analysis' units
     */
    void ranks(double[] factorValues, int[] ranksOut);
}
