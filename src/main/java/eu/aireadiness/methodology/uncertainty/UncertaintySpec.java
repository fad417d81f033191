package eu.aireadiness.methodology.uncertainty;

import java.util.List;
import java.util.Optional;

import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.InvalidMethodException;
import eu.aireadiness.methodology.engine.NormaliseSpec;

/**
 * Which assumptions of a method an uncertainty analysis varies, and how it samples them: the {@code uncertainty}
 * section of a method file. Each list of alternatives becomes one {@link Factor.Choice}; a list left empty keeps the
 * nominal method's choice. Mistakes are refused with the key of the method file at fault.
 *
 * @param weights        noisy weights for some levels; empty to keep the nominal weights
 * @param normalisations alternative normalisations, each applied to every indicator
 * @param means          alternative weighted means, each applied to every level
 * @param winmax         alternative winsorisation caps (the most points moved per indicator), 1 or more
 * @param sensitivity    when present, a Sobol sensitivity analysis runs too
 */
public record UncertaintySpec(int replications, long seed, Optional<WeightNoise> weights,
        List<NormaliseSpec> normalisations, List<AggregateSpec.Mean> means, List<Integer> winmax,
        Optional<Sensitivity> sensitivity) {

    /**
     * One noisy weight factor per level: {@code sets} copies of the weights of the level's codes (the weights they
     * carry into their parents), each weight times a uniform multiplier in [1 - noise, 1 + noise].
     */
    public record WeightNoise(List<Integer> levels, double noise, int sets) {

        public WeightNoise {
            levels = List.copyOf(levels);
            if (levels.isEmpty()) {
                throw new InvalidMethodException("uncertainty.weights.levels", "expected at least one level, e.g."
                        + " [2, 3] for the weights of the pillars and the sub-indices");
            }
            if (levels.stream().distinct().count() != levels.size()) {
                throw new InvalidMethodException("uncertainty.weights.levels", "a level is listed twice: " + levels);
            }
            if (!(noise >= 0 && noise < 1)) {
                throw new InvalidMethodException("uncertainty.weights.noise", "expected a share in [0, 1), found "
                        + noise + "; 0.25 perturbs every weight by up to 25%");
            }
            if (sets < 2) {
                throw new InvalidMethodException("uncertainty.weights.sets", "expected 2 or more noisy weight sets,"
                        + " found " + sets);
            }
        }

        /** Each level draws its sets from its own seed, so adding a level leaves the others' sets unchanged. */
        public long seedOf(int level, long analysisSeed) {
            return analysisSeed + level;
        }
    }

    /** Saltelli's design with {@code baseSamples} rows and {@code bootstrap} resamples for 95% intervals. */
    public record Sensitivity(int baseSamples, int bootstrap) {

        public Sensitivity {
            if (baseSamples < 2) {
                throw new InvalidMethodException("uncertainty.sensitivity.base_samples", "expected 2 or more, found "
                        + baseSamples);
            }
            if (bootstrap < 0) {
                throw new InvalidMethodException("uncertainty.sensitivity.bootstrap", "expected 0 or more resamples,"
                        + " found " + bootstrap);
            }
        }
    }

    public UncertaintySpec {
        normalisations = List.copyOf(normalisations);
        means = List.copyOf(means);
        winmax = List.copyOf(winmax);
        if (replications < 1) {
            throw new InvalidMethodException("uncertainty.replications", "expected 1 or more, found "
                    + replications);
        }
        requireAlternatives("uncertainty.normalise", normalisations);
        requireAlternatives("uncertainty.aggregate", means);
        requireAlternatives("uncertainty.winmax", winmax);
        for (int cap : winmax) {
            if (cap < 1) {
                throw new InvalidMethodException("uncertainty.winmax", "expected caps of 1 point or more, found "
                        + cap);
            }
        }
        if (weights.isEmpty() && normalisations.isEmpty() && means.isEmpty() && winmax.isEmpty()) {
            throw new InvalidMethodException("uncertainty", "no assumption to vary; give at least one of weights,"
                    + " normalise, aggregate, winmax");
        }
    }

    /** One alternative is a different method, not an uncertainty: it belongs in the method's own section. */
    private static void requireAlternatives(String key, List<?> alternatives) {
        if (alternatives.size() == 1) {
            throw new InvalidMethodException(key, "expected 2 or more alternatives, found 1; to use a single one,"
                    + " set it in the method's own section and leave this key out");
        }
        if (alternatives.stream().distinct().count() != alternatives.size()) {
            throw new InvalidMethodException(key, "an alternative is listed twice: " + alternatives);
        }
    }
}
