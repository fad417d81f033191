package eu.aireadiness.methodology.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The uncertain assumptions of one analysis, in the order in which the model finds their values: factor i's value
 * is element i of the {@code double[]} the model receives.
 */
public record FactorSpace(List<Factor> factors) {

    public FactorSpace {
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("an analysis needs at least one uncertain factor");
        }
        Set<String> seen = new HashSet<>();
        for (Factor factor : factors) {
            if (!seen.add(factor.name())) {
                throw new IllegalArgumentException("factor " + factor.name() + " appears twice; names must be unique");
            }
        }
    }

    public static FactorSpace of(Factor... factors) {
        return new FactorSpace(List.of(factors));
    }

    /**
     * One independent multiplier per weight, uniform on [1 - noise, 1 + noise], named {@code prefix + code}: the
     * per-weight way to perturb weights (noise 0.25 gives the usual +-25%). The model multiplies each nominal weight
     * by its factor and renormalises. The per-level way, one factor choosing among noisy weight sets, is
     * {@link NoisyWeights}.
     */
    public static List<Factor> weightMultipliers(String prefix, List<String> codes, double noise) {
        if (!(noise >= 0 && noise < 1)) {
            throw new IllegalArgumentException("relative weight noise must be in [0, 1), found " + noise);
        }
        List<Factor> multipliers = new ArrayList<>();
        for (String code : codes) {
            multipliers.add(new Factor.Uniform(prefix + code, 1 - noise, 1 + noise));
        }
        return multipliers;
    }

    public int dimension() {
        return factors.size();
    }

    public List<String> names() {
        return factors.stream().map(Factor::name).toList();
    }

    /** Where the model finds the named factor's value. */
    public int position(String name) {
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no factor " + name + "; factors: " + names());
    }

    /** Maps the coordinates {@code point[offset .. offset + dimension)} in [0,1) to the factors' values. */
    void values(double[] point, int offset, double[] valuesOut) {
        for (int i = 0; i < factors.size(); i++) {
            valuesOut[i] = factors.get(i).value(point[offset + i]);
        }
    }
}
