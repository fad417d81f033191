package eu.aireadiness.methodology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aggregates children into parents by the weighted arithmetic mean. A missing child is left out and the weights
 * of the others are rescaled to sum to one; a parent whose children are all missing is missing.
 */
public final class WeightedAggregation {

    /** A child code with its weight within its parent. */
    public record Child(String code, double weight) {

        public Child {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + code + " must be 0 or more, found " + weight);
            }
        }
    }

    private WeightedAggregation() {
    }

    /**
     * @param children by parent code, in the order the parents should appear in the result
     * @return a table of the parents' scores for the same units
     */
    public static IndicatorTable apply(IndicatorTable table, Map<String, List<Child>> children) {
        List<String> parents = new ArrayList<>(children.keySet());
        double[][] out = new double[table.units().size()][parents.size()];
        for (int p = 0; p < parents.size(); p++) {
            List<Child> kids = children.get(parents.get(p));
            int[] positions = kids.stream().mapToInt(k -> table.codePosition(k.code())).toArray();
            for (int u = 0; u < out.length; u++) {
                out[u][p] = mean(table, u, kids, positions);
            }
        }
        return new IndicatorTable(table.units(), parents, out);
    }

    private static double mean(IndicatorTable table, int unit, List<Child> kids, int[] positions) {
        double weightedSum = 0;
        double weightSum = 0;
        for (int k = 0; k < positions.length; k++) {
            double x = table.get(unit, positions[k]);
            if (!Double.isNaN(x)) {
                weightedSum += kids.get(k).weight() * x;
                weightSum += kids.get(k).weight();
            }
        }
        return weightSum > 0 ? weightedSum / weightSum : Double.NaN;
    }
}
