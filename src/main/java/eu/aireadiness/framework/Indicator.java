package eu.aireadiness.framework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An indicator (level 1 of the framework).
 *
 * <p>Officers submit values in {@code submissionUnit}. Where a denominator is named, the published value is
 * {@code submitted / reference(denominator) * scale}, expressed in {@code unit}; otherwise it is the submitted value
 * times {@code scale}. {@code plausible} bounds the published value for validation, {@code goalposts} are the floor
 * and target that map it to a 0-100 score, so that scores compare across editions.
 */
public record Indicator(
        String code,
        String name,
        String pillar,
        Direction direction,
        double weight,
        String submissionUnit,
        Optional<String> denominator,
        double scale,
        String unit,
        Range plausible,
        Range goalposts,
        OptionalDouble target2030,
        Optional<String> targetSource,
        String definition) {

    public Indicator {
        Codes.requireCode(code);
        Codes.requireCode(pillar);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(target2030, "target2030");
        Objects.requireNonNull(targetSource, "targetSource");
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("indicator " + code + ": weight must be 0 or more, found " + weight);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("indicator " + code + ": scale must be a positive number, found " + scale);
        }
        if (goalposts.width() == 0) {
            throw new IllegalArgumentException("indicator " + code + ": goal_floor and goal_target must differ");
        }
    }

    public boolean isDenominated() {
        return denominator.isPresent();
    }
}
