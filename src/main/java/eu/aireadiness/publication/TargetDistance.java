package eu.aireadiness.publication;

import java.util.OptionalDouble;

import eu.aireadiness.framework.Indicator;

/**
 * How far a value still is from its indicator's 2030 target, in the indicator's unit and in its direction of
 * improvement: {@code target - value} for an indicator where more is better, {@code value - target} where less is
 * better. Zero means the target is reached (or passed).
 */
final class TargetDistance {

    private TargetDistance() {
    }

    /** The distance left, 0 when reached; empty when the indicator has no 2030 target or the value is missing. */
    static OptionalDouble remaining(Indicator indicator, OptionalDouble value) {
        if (indicator.target2030().isEmpty() || value.isEmpty()) {
            return OptionalDouble.empty();
        }
        double gap = indicator.direction().sign() * (indicator.target2030().getAsDouble() - value.getAsDouble());
        return OptionalDouble.of(Math.max(0, gap));
    }
}
