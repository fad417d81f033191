package eu.aireadiness.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/**
 * Reads the {@code uncertainty} section of a method file. Alternatives are lists; an alternative's key names its
 * position from 1, e.g. {@code uncertainty.normalise[2].sd}, so that a message points at the one at fault.
 */
final class UncertaintySection {

    static final int DEFAULT_REPLICATIONS = 1000;
    static final long DEFAULT_SEED = 1;
    static final double DEFAULT_NOISE = 0.25;
    static final int DEFAULT_SETS = 100;
    static final int DEFAULT_BASE_SAMPLES = 1000;
    static final int DEFAULT_BOOTSTRAP = 1000;

    private UncertaintySection() {
    }

    static UncertaintySpec parse(YamlSection s) {
        s.allowOnly(Set.of("replications", "seed", "weights", "normalise", "aggregate", "winmax", "sensitivity"));
        return new UncertaintySpec(s.wholeNumber("replications", DEFAULT_REPLICATIONS), seed(s),
                s.has("weights") ? Optional.of(weights(s.section("weights"))) : Optional.empty(),
                normalisations(s), means(s), caps(s),
                s.has("sensitivity") ? Optional.of(sensitivity(s.section("sensitivity"))) : Optional.empty());
    }

    private static long seed(YamlSection s) {
        Object value = s.values().get("seed");
        if (value == null) {
            return DEFAULT_SEED;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw new InvalidMethodException(s.child("seed"), "expected a whole number, found '" + value + "'");
    }

    private static UncertaintySpec.WeightNoise weights(YamlSection s) {
        s.allowOnly(Set.of("levels", "noise", "sets"));
        if (!s.has("levels")) {
            throw new InvalidMethodException(s.child("levels"), "missing; list the levels whose weights vary, e.g."
                    + " [2, 3] for the weights of the pillars and the sub-indices");
        }
        List<Integer> levels = new ArrayList<>();
        List<?> items = list(s.child("levels"), s.values().get("levels"));
        for (int i = 0; i < items.size(); i++) {
            levels.add(wholeNumber(item(s.child("levels"), i), items.get(i)));
        }
        return new UncertaintySpec.WeightNoise(levels, s.number("noise", DEFAULT_NOISE),
                s.wholeNumber("sets", DEFAULT_SETS));
    }

    private static List<NormaliseSpec> normalisations(YamlSection s) {
        List<NormaliseSpec> alternatives = new ArrayList<>();
        List<?> items = s.has("normalise") ? list(s.child("normalise"), s.values().get("normalise")) : List.of();
        for (int i = 0; i < items.size(); i++) {
            String key = item(s.child("normalise"), i);
            try {
                alternatives.add(NormaliseSection.parse(YamlSection.of(key, items.get(i))));
            } catch (InvalidMethodException e) {
                // NormaliseSpec names its keys as in the normalise section; point at this alternative instead
                String rekeyed = e.key().startsWith("normalise.") ? key + e.key().substring("normalise".length())
                        : e.key();
                throw new InvalidMethodException(rekeyed, e.problem());
            }
        }
        return alternatives;
    }

    private static List<AggregateSpec.Mean> means(YamlSection s) {
        List<AggregateSpec.Mean> alternatives = new ArrayList<>();
        List<?> items = s.has("aggregate") ? list(s.child("aggregate"), s.values().get("aggregate")) : List.of();
        for (int i = 0; i < items.size(); i++) {
            String option = YamlSection.option(item(s.child("aggregate"), i), items.get(i),
                    List.of("arithmetic", "geometric", "harmonic"));
            alternatives.add(AggregateSpec.Mean.valueOf(option.toUpperCase(Locale.ROOT)));
        }
        return alternatives;
    }

    private static List<Integer> caps(YamlSection s) {
        List<Integer> caps = new ArrayList<>();
        List<?> items = s.has("winmax") ? list(s.child("winmax"), s.values().get("winmax")) : List.of();
        for (int i = 0; i < items.size(); i++) {
            caps.add(wholeNumber(item(s.child("winmax"), i), items.get(i)));
        }
        return caps;
    }

    private static UncertaintySpec.Sensitivity sensitivity(YamlSection s) {
        s.allowOnly(Set.of("base_samples", "bootstrap"));
        return new UncertaintySpec.Sensitivity(s.wholeNumber("base_samples", DEFAULT_BASE_SAMPLES),
                s.wholeNumber("bootstrap", DEFAULT_BOOTSTRAP));
    }

    private static List<?> list(String key, Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new InvalidMethodException(key, "expected a list of alternatives such as [a, b], found '" + value + "'");
    }

    private static String item(String key, int index) {
        return key + "[" + (index + 1) + "]";
    }

    private static int wholeNumber(String key, Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        throw new InvalidMethodException(key, "expected a whole number, found '" + value + "'");
    }
}
