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
        int[] seriesRow = null;
        for (int c = 0; c < raw.codes().size(); c++) {
            Spec spec = specs.get(raw.codes().get(c));
            if (spec == null) {
                continue;
            }
            int series = spec.series().map(denominators::codePosition).orElse(-1);
            if (series >= 0 && seriesRow == null) {
                seriesRow = rowsOf(raw, denominators);
            }
            for (int u = 0; u < out.length; u++) {
                double divisor = series >= 0 ? denominators.get(seriesRow[u], series) : 1.0;
                out[u][c] = raw.get(u, c) / divisor * spec.scale();
            }
        }
        return new IndicatorTable(raw.units(), raw.codes(), out);
    }

    /** For each unit of {@code raw}, its row in {@code denominators} (looked up once, not per value). */
    private static int[] rowsOf(IndicatorTable raw, IndicatorTable denominators) {
        if (raw.units().equals(denominators.units())) {
            return java.util.stream.IntStream.range(0, raw.units().size()).toArray();
        }
        return raw.units().stream().mapToInt(denominators::unitPosition).toArray();
    }
}
