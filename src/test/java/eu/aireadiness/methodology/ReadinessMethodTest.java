package eu.aireadiness.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.framework.Range;

/** The whole method on a two-pillar index of three countries, every number worked out by hand. */
class ReadinessMethodTest {

    private static final double NA = Double.NaN;

    // Pillar P (weight 1): A1 per million population, goalposts 0-100; A2 lower is better, goalposts 0-10.
    // Pillar Q (weight 3): B1 goalposts 0-50.
    private final Codebook codebook = new Codebook("IDX", "Index", List.of(
            new Pillar("P", "P", 1, ""), new Pillar("Q", "Q", 3, "")), List.of(
            indicator("A1", "P", Direction.POSITIVE, Optional.of("POP"), 1e6, 0, 100),
            indicator("A2", "P", Direction.NEGATIVE, Optional.empty(), 1, 0, 10),
            indicator("B1", "Q", Direction.POSITIVE, Optional.empty(), 1, 0, 50)));

    @Test
    void computesScoresPillarsIndexAndRanks() {
        List<String> units = List.of("X", "Y", "Z");
        EditionInput current = new EditionInput(2026,
                new IndicatorTable(units, List.of("A1", "A2", "B1"), new double[][] {
                        {100, 2, 25},    // A1 = 100/2e6*1e6 = 50 -> 50; A2 -> 80; P = 65; B1 -> 50; IDX = (65+150)/4
                        {300, 5, NA},    // A1 = 300 -> 100 (capped); A2 -> 50; P = 75; B1 from 2025: 40 -> 80
                        {40, 10, 50}}),  // A1 = 10 -> 10; A2 -> 0; P = 5; B1 -> 100; IDX = (5+300)/4
                new IndicatorTable(units, List.of("POP"), new double[][] {{2e6}, {1e6}, {4e6}}));
        EditionInput previous = new EditionInput(2025,
                new IndicatorTable(units, List.of("A1", "A2", "B1"), new double[][] {
                        {NA, NA, NA}, {NA, NA, 40}, {NA, NA, NA}}),
                new IndicatorTable(units, List.of("POP"), new double[][] {{2e6}, {1e6}, {4e6}}));

        EditionScores scores = new ReadinessMethod(codebook).compute(current, Optional.of(previous));

        assertThat(scores.values().get("X", "A1")).isEqualTo(50.0);
        assertThat(scores.scores().get("Y", "A1")).isEqualTo(100.0);
        assertThat(scores.scores().get("X", "A2")).isCloseTo(80.0, within(1e-12));
        assertThat(scores.values().get("Y", "B1")).isEqualTo(40.0);
        assertThat(scores.isCarried("Y", "B1")).isTrue();
        assertThat(scores.isCarried("X", "B1")).isFalse();
        assertThat(scores.aggregates().get("X", "P")).isCloseTo(65.0, within(1e-12));
        assertThat(scores.aggregates().get("Z", "P")).isCloseTo(5.0, within(1e-12));
        assertThat(scores.aggregates().get("X", "IDX")).isCloseTo(53.75, within(1e-12));
        assertThat(scores.aggregates().get("Y", "IDX")).isCloseTo(78.75, within(1e-12)); // (75 + 3*80)/4
        assertThat(scores.aggregates().get("Z", "IDX")).isCloseTo(76.25, within(1e-12));
        assertThat(scores.rank("Y", "IDX")).isEqualTo(1);
        assertThat(scores.rank("Z", "IDX")).isEqualTo(2);
        assertThat(scores.rank("X", "IDX")).isEqualTo(3);
        assertThat(scores.rank("Z", "B1")).isEqualTo(1);
    }

    private static Indicator indicator(String code, String pillar, Direction direction, Optional<String> denominator,
                                       double scale, double floor, double target) {
        return new Indicator(code, code, pillar, direction, 1, "NR", denominator, scale, "unit",
                new Range(-1e9, 1e9), new Range(floor, target), OptionalDouble.empty(), Optional.empty(), "");
    }
}
