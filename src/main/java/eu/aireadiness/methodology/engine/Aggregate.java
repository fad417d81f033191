package eu.aireadiness.methodology.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * Step 6: computes the aggregates level by level, bottom-up, each as the weighted mean of its children (the mean
 * chosen for its level). A missing child is left out and the weights of the others rescaled; an aggregate whose
 * children are all missing is missing. A child absent from the table (screened out) counts as missing.
 */
public final class Aggregate {

    private Aggregate() {
    }

    /**
     * @param scores  normalised indicators
     * @param weights by code, replacing the weights of the structure
     * @return the columns of {@code scores} followed by every aggregate in the order of the structure
     */
    public static IndicatorTable apply(IndicatorTable scores, IndexStructure structure, AggregateSpec spec,
                                       Map<String, Double> weights) {
        List<String> codes = new ArrayList<>(scores.codes());
        structure.aggregates().forEach(a -> codes.add(a.code()));
        Map<String, Integer> position = new HashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            position.put(codes.get(c), c);
        }
        double[][] columns = new double[codes.size()][];
        double[][] given = scores.columns();
        System.arraycopy(given, 0, columns, 0, given.length);
        for (int level = 2; level <= structure.topLevel(); level++) {
            AggregateSpec.Mean mean = spec.at(level);
            for (CodeMeta parent : structure.aggregatesOfLevel(level)) {
                List<double[]> children = new ArrayList<>();
                List<String> childCodes = new ArrayList<>();
                List<Double> childWeights = new ArrayList<>();
                for (CodeMeta child : structure.childrenOf(parent.code())) {
                    Integer at = position.get(child.code());
                    if (at != null && columns[at] != null) {
                        children.add(columns[at]);
                        childCodes.add(child.code());
                        childWeights.add(weights.getOrDefault(child.code(), child.weight()));
                    }
                }
                columns[position.get(parent.code())] = aggregate(spec.keyOf(level), parent.code(), scores.units(), mean,
                        children.toArray(double[][]::new), childCodes,
                        childWeights.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return IndicatorTable.fromColumns(scores.units(), codes, columns);
    }

    /**
     * Whether a geometric or harmonic mean can be taken depends on the scores, not on the normalisation alone:
     * z-scores with a mean far enough from zero, say, are all above it. So the check is made here, on each value,
     * and a refusal names what an analyst needs to find it: the unit, the code and its score.
     */
    private static double[] aggregate(String key, String parent, List<String> units, AggregateSpec.Mean mean,
                                      double[][] children, List<String> childCodes, double[] weights) {
        double[] out = new double[units.size()];
        double[] x = new double[children.length];
        for (int u = 0; u < out.length; u++) {
            for (int k = 0; k < children.length; k++) {
                x[k] = children[k][u];
                if (mean != AggregateSpec.Mean.ARITHMETIC && x[k] <= 0) {
                    throw new InvalidMethodException(key, "the " + mean.name().toLowerCase(Locale.ROOT) + " mean of "
                            + parent + " needs every child above zero, but unit " + units.get(u) + " scores " + x[k]
                            + " on " + childCodes.get(k) + "; normalise to scores above zero (e.g. minmax to [1, 100],"
                            + " or a zscore mean further from zero) or use the arithmetic mean at this level");
                }
            }
            out[u] = WeightedMeans.of(mean, x, weights);
        }
        return out;
    }
}
