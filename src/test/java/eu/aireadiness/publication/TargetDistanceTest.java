package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Range;

class TargetDistanceTest {

    @ParameterizedTest(name = "direction {0}, target {1}, value {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            // more is better: what is left to gain
            "+, 80, 66.5, 13.5",
            "+, 80, 80, 0",
            "+, 80, 93, 0",
            // less is better: what is left to cut
            "-, 1.3, 1.75, 0.45",
            "-, 1.3, 1.1, 0",
            // nothing to print without a target or without a value
            "+, none, 50, none",
            "+, 80, none, none"})
    void theDistanceIsCountedInTheDirectionOfImprovementAndIsZeroOnceReached(String direction, Double target,
                                                                            Double value, Double expected) {
        Indicator indicator = new Indicator("SKL1", "People with at least basic digital skills", "SKL",
                Direction.parse(direction), 1, "PC", Optional.empty(), 1, "%", new Range(0, 100),
                new Range(0, 100), target == null ? OptionalDouble.empty() : OptionalDouble.of(target),
                Optional.empty(), "");

        OptionalDouble distance = TargetDistance.remaining(indicator,
                value == null ? OptionalDouble.empty() : OptionalDouble.of(value));

        if (expected == null) {
            assertThat(distance).isEmpty();
        } else {
            assertThat(distance.getAsDouble()).isCloseTo(expected, within(1e-9));
        }
    }
}
