package eu.aireadiness.methodology;

import java.util.Map;
import java.util.Optional;

/**
 * Divides indicators by a reference series of their unit (population, GDP...) and applies a scale factor, so
 * that countries of different size compare: {@code value / denominator * scale}. A missing operand gives a
 * missing result.
 */
public final class Denomination {

    /** How one indicator is denominated: by the named series (if any), then multiplied by {@code scale}. */
    public record Spec(Optional<String> series, double scale) {
    }

    private Denomination() {
    }

    /**
     * @param specs        by indicator code; codes without a spec pass through unchanged
     * @param denominators the reference series as a table: units by series codes
     */
    public static IndicatorTable apply(IndicatorTable raw, Map<String, Spec> specs, IndicatorTable denominators) {
        double[][] out = raw.copyValues();
        for (int c = 0; c < raw.codes().size(); c++) {
            Spec spec = specs.get(raw.codes().get(c));
            if (spec == null) {
                continue;
            }
            for (int u = 0; u < raw.units().size(); u++) {
                double divisor = spec.series().isPresent()
                        ? denominators.get(raw.units().get(u), spec.series().get())
                        : 1.0;
                out[u][c] = raw.get(u, c) / divisor * spec.scale();
            }
        }
        return new IndicatorTable(raw.units(), raw.codes(), out);
    }
}
