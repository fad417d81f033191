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

    /** Whether some level uses a mean other than the arithmetic one. */
    boolean needsPositiveScores() {
        return otherLevels != Mean.ARITHMETIC || methodByLevel.values().stream().anyMatch(m -> m != Mean.ARITHMETIC);
    }

    /** The key of the method file that chose a mean other than the arithmetic one, for messages. */
    String nonArithmeticKey() {
        return methodByLevel.entrySet().stream().filter(e -> e.getValue() != Mean.ARITHMETIC).map(Map.Entry::getKey)
                .sorted().findFirst().map(level -> "aggregate.method." + level).orElse("aggregate.method");
    }

    /** The first mean other than the arithmetic one, for messages. */
    Mean nonArithmeticMean() {
        return methodByLevel.entrySet().stream().filter(e -> e.getValue() != Mean.ARITHMETIC)
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).findFirst().orElse(otherLevels);
    }
}
