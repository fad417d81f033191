package eu.aireadiness.methodology.coherence;

import java.util.Objects;

/**
 * How one code (indicator or aggregate) moves with its parent aggregate and with the index, each on the units that
 * have both values ({@code nParent}, {@code nIndex}). A coefficient is {@code NaN} when fewer than three units have
 * both values or when either column is constant over them. For a child of the index both pairs are the same.
 *
 * @param level 1 for an indicator, one more than its highest child for an aggregate
 */
public record CorrelationRow(String code, String parent, int level, double pearsonParent, double spearmanParent,
        int nParent, double pearsonIndex, double spearmanIndex, int nIndex) {

    public CorrelationRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parent, "parent");
        if (level < 1) {
            throw new IllegalArgumentException("level of " + code + " must be at least 1, found " + level);
        }
    }
}
