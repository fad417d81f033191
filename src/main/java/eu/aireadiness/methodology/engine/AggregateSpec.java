package eu.aireadiness.methodology.engine;

import java.util.Map;

/**
 * Which weighted mean makes each level's aggregates from their children.
 *
 * @param methodByLevel by the level of the aggregate (2 and up); a level not listed uses the arithmetic mean
 */
public record AggregateSpec(Map<Integer, Mean> methodByLevel) {

    /** The weighted means. Geometric and harmonic means need every child above zero. */
    public enum Mean { ARITHMETIC, GEOMETRIC, HARMONIC }

    public AggregateSpec {
        methodByLevel = Map.copyOf(methodByLevel);
        for (Integer level : methodByLevel.keySet()) {
            if (level < 2) {
                throw new InvalidMethodException("aggregate.method." + level,
                        "aggregates start at level 2; found level " + level);
            }
        }
    }

    public static AggregateSpec arithmetic() {
        return new AggregateSpec(Map.of());
    }

    public Mean at(int level) {
        return methodByLevel.getOrDefault(level, Mean.ARITHMETIC);
    }
}
