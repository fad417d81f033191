package eu.aireadiness.methodology.engine;

import java.util.Map;

/**
 * Which weighted mean makes each level's aggregates from their children.
 *
 * @param otherLevels   the mean of every level not listed in {@code methodByLevel}
 * @param methodByLevel by the level of the aggregate (2 and up)
 */
public record AggregateSpec(Mean otherLevels, Map<Integer, Mean> methodByLevel) {

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

    /** The arithmetic mean at every level (configuration A). */
    public static AggregateSpec arithmetic() {
        return new AggregateSpec(Mean.ARITHMETIC, Map.of());
    }

    public Mean at(int level) {
        return methodByLevel.getOrDefault(level, otherLevels);
    }

    /** The key of the method file that chose the mean of {@code level}, for messages. */
    String keyOf(int level) {
        return methodByLevel.containsKey(level) ? "aggregate.method." + level : "aggregate.method";
    }
}
