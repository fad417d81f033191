package eu.aireadiness.methodology.uncertainty;

import java.util.List;

/**
 * One uncertain assumption of a composite index, sampled independently of the others. A sample coordinate u in
 * [0,1) becomes the factor's value, which the model reads at the factor's position in its {@link FactorSpace}.
 */
public sealed interface Factor permits Factor.Uniform, Factor.Choice {

    String name();

    /** The factor's value for the sample coordinate {@code u} in [0,1). */
    double value(double u);

    /**
     * A continuous assumption, uniform on [lower, upper], for example a weight multiplier in [0.75, 1.25].
     */
    record Uniform(String name, double lower, double upper) implements Factor {

        public Uniform {
            requireName(name);
            if (!(lower <= upper) || Double.isInfinite(lower) || Double.isInfinite(upper)) {
                throw new IllegalArgumentException("factor " + name + " needs finite bounds with lower <= upper,"
                        + " found [" + lower + ", " + upper + "]");
            }
        }

        @Override
        public double value(double u) {
            return lower + u * (upper - lower);
        }
    }

    /**
     * A choice among alternatives of equal probability, for example normalisation in {minmax, zscore}. Its value
     * is the position of the chosen alternative (0, 1, ... k-1) as a double; {@link #alternative(double)} names it.
     */
    record Choice(String name, List<String> alternatives) implements Factor {

        public Choice {
            requireName(name);
            alternatives = List.copyOf(alternatives);
            if (alternatives.size() < 2) {
                throw new IllegalArgumentException("choice " + name + " needs at least 2 alternatives, found "
                        + alternatives + ". A fixed assumption is not an uncertain factor.");
            }
        }

        public static Choice of(String name, String... alternatives) {
            return new Choice(name, List.of(alternatives));
        }

        /** Equal strata of [0,1): u in [j/k, (j+1)/k) chooses alternative j. */
        @Override
        public double value(double u) {
            int k = alternatives.size();
            return Math.min((int) (u * k), k - 1);
        }

        /** The position of the chosen alternative, from a value this factor gave. */
        public static int position(double value) {
            return (int) value;
        }

        /** The name of the chosen alternative, from a value this factor gave. */
        public String alternative(double value) {
            return alternatives.get(position(value));
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a factor needs a name, found '" + name + "'");
        }
    }
}
