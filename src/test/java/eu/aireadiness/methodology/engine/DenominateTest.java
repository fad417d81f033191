package eu.aireadiness.methodology.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.IndicatorTable;

/** Denomination by the column the meta names, with the method file's scale factors. */
class DenominateTest {

    private static final double NA = Double.NaN;
    private static final List<String> UNITS = List.of("A", "B");
    private static final IndexStructure STRUCTURE = new IndexStructure(List.of(
            new CodeMeta("Flights", 1, "P", 1, 1, "Population", NA, NA),
            new CodeMeta("Gas", 1, "P", 1, 1, "Energy", NA, NA),
            CodeMeta.indicator("LPI", "P", 1, 1)), List.of(CodeMeta.aggregate("P", 2, "", 1)));
    private static final IndexData DATA = new IndexData(UNITS, UNITS, Map.of(),
            new IndicatorTable(UNITS, List.of("Flights", "Gas", "LPI"),
                    new double[][] {{36, 1.14, 3.8}, {29, 0.27, 4.1}}),
            new IndicatorTable(UNITS, List.of("Energy", "Population"), new double[][] {{81, 24_000}, {NA, 8_700}}));

    @Test
    void dividesByTheNamedColumnAndScales() {
        IndicatorTable out = Denominate.apply(DATA, STRUCTURE,
                new DenominateSpec(DenominateSpec.Method.BY_META, Map.of("Flights", 1000.0)));
        assertThat(out.get("A", "Flights")).isCloseTo(1.5, within(1e-15));    // 36 / 24 000 * 1000
        assertThat(out.get("A", "Gas")).isCloseTo(1.14 / 81, within(1e-15));
        assertThat(out.get("B", "Gas")).isNaN();                              // B has no Energy
        assertThat(out.get("B", "LPI")).isEqualTo(4.1);                       // no denominator: unchanged
    }

    @Test
    void noneLeavesTheRawValues() {
        IndicatorTable out = Denominate.apply(DATA, STRUCTURE, new DenominateSpec(DenominateSpec.Method.NONE,
                Map.of()));
        assertThat(out).isSameAs(DATA.indicators());
    }
}
