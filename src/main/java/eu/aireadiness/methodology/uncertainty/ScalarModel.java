package eu.aireadiness.methodology.uncertainty;

/**
 * A model with one number as output, what a variance-based sensitivity analysis decomposes. For a composite index
 * it is usually the mean absolute rank shift ({@link RankShift}); a test function such as Ishigami's fits directly.
 * As for {@link RankModel}, each worker thread gets its own instance.
 */
@FunctionalInterface
public interface ScalarModel {

    /** @param factorValues the factors' values in {@link FactorSpace} order; read only */
    double value(double[] factorValues);
}
