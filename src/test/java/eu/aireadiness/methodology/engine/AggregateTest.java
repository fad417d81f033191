package eu.aireadiness.methodology.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * Aggregation of I1, I2, I3 into P1 (weights 1, 3, 1), I4 into P2, and P1, P2 into Index (weights 1, 3). Unit A
 * lacks I3; unit B lacks everything of P1.
 */
class AggregateTest {

    private static final double NA = Double.NaN;
    private static final IndexStructure STRUCTURE = new IndexStructure(
            List.of(CodeMeta.indicator("I1", "P1", 1, 1), CodeMeta.indicator("I2", "P1", 1, 3),
                    CodeMeta.indicator("I3", "P1", 1, 1), CodeMeta.indicator("I4", "P2", 1, 1)),
            List.of(CodeMeta.aggregate("P1", 2, "Index", 1), CodeMeta.aggregate("P2", 2, "Index", 3),
                    CodeMeta.aggregate("Index", 3, "", 1)));
    private static final IndicatorTable SCORES = new IndicatorTable(List.of("A", "B"),
            List.of("I1", "I2", "I3", "I4"), new double[][] {{20, 40, NA, 50}, {NA, NA, NA, 10}});

    private static IndicatorTable aggregate(AggregateSpec spec, Map<String, Double> weights) {
        return Aggregate.apply(SCORES, STRUCTURE, spec, weights);
    }

    @Test
    void arithmeticMeanLeavesMissingChildrenOutAndRescalesTheWeights() {
        IndicatorTable out = aggregate(AggregateSpec.arithmetic(), Map.of());
        assertThat(out.codes()).containsExactly("I1", "I2", "I3", "I4", "P1", "P2", "Index");
        assertThat(out.get("A", "P1")).isEqualTo(35.0);         // (1 * 20 + 3 * 40) / 4
        assertThat(out.get("A", "Index")).isEqualTo(46.25);     // (35 + 3 * 50) / 4
        assertThat(out.get("B", "P1")).isNaN();                  // no child at all
        assertThat(out.get("B", "Index")).isEqualTo(10.0);      // only P2 is left
    }

    @Test
    void weightsOfTheMethodReplaceThoseOfTheMeta() {
        assertThat(aggregate(AggregateSpec.arithmetic(), Map.of("I2", 1.0)).get("A", "P1")).isEqualTo(30.0);
    }

    @Test
    void geometricMeanAtLevelTwo() {
        AggregateSpec spec = new AggregateSpec(AggregateSpec.Mean.ARITHMETIC, Map.of(2, AggregateSpec.Mean.GEOMETRIC));
        IndicatorTable out = aggregate(spec, Map.of());
        // (20^1 * 40^3)^(1/4) = (2^11 * 5^4)^(1/4) = 5 * 2^(11/4)
        double p1 = 5 * Math.pow(2, 2.75);
        assertThat(out.get("A", "P1")).isCloseTo(p1, within(1e-12));
        assertThat(out.get("A", "Index")).isCloseTo((p1 + 3 * 50) / 4, within(1e-12));
    }

    @Test
    void harmonicMean() {
        AggregateSpec spec = new AggregateSpec(AggregateSpec.Mean.HARMONIC, Map.of());
        IndicatorTable out = aggregate(spec, Map.of());
        assertThat(out.get("A", "P1")).isCloseTo(32.0, within(1e-12));       // 4 / (1/20 + 3/40)
        assertThat(out.get("A", "Index")).isCloseTo(4 / (1 / 32.0 + 3 / 50.0), within(1e-12));
    }

    @Test
    void aGeometricMeanOverAValueOfZeroOrBelowNamesTheUnitAndTheIndicator() {
        IndicatorTable negative = new IndicatorTable(List.of("A", "B"), List.of("I1", "I2", "I3", "I4"),
                new double[][] {{20, 40, 1, 50}, {5, -0.5, 1, 10}});
        AggregateSpec spec = new AggregateSpec(AggregateSpec.Mean.GEOMETRIC, Map.of());
        assertThatThrownBy(() -> Aggregate.apply(negative, STRUCTURE, spec, Map.of()))
                .isInstanceOf(InvalidMethodException.class)
                .hasMessageStartingWith("key 'aggregate.method': the geometric mean of P1 needs every child above"
                        + " zero, but unit B scores -0.5 on I2; ");
    }
}
