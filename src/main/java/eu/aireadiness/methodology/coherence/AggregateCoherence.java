package eu.aireadiness.methodology.coherence;

import java.util.List;
import java.util.Objects;

/**
 * The internal consistency of one aggregate's children, on the {@code n} units that have a value for every child.
 * Both statistics are {@code NaN} with fewer than two children or three such units; alpha also when the children's
 * sum is constant, the share also when a child is constant.
 *
 * @param cronbachAlpha       k/(k−1)·(1 − Σ var(child)/var(Σ children)), sample variances; at most 1, negative
 *                            when the children partly cancel out
 * @param firstComponentShare largest eigenvalue of the children's correlation matrix divided by k, in (0, 1]
 */
public record AggregateCoherence(String code, int level, List<String> children, double cronbachAlpha,
        double firstComponentShare, int n) {

    public AggregateCoherence {
        Objects.requireNonNull(code, "code");
        children = List.copyOf(children);
        if (children.isEmpty()) {
            throw new IllegalArgumentException("aggregate " + code + " must have at least one child");
        }
    }

    public int childCount() {
        return children.size();
    }
}
