package eu.aireadiness.methodology.engine;

import java.util.Map;

/**
 * How indicators are divided by their units' reference columns.
 *
 * @param method  {@link Method#BY_META}: each indicator with a Denominator in the meta is divided by that column;
 *                {@link Method#NONE}: values pass through
 * @param scale   by indicator code, a factor the quotient is multiplied by (e.g. 1e6 for "per million"); 1 when absent
 */
public record DenominateSpec(Method method, Map<String, Double> scale) {

    /** The denomination methods. */
    public enum Method { BY_META, NONE }

    public DenominateSpec {
        scale = Map.copyOf(scale);
        scale.forEach((code, factor) -> {
            if (!Double.isFinite(factor) || factor == 0) {
                throw new InvalidMethodException("denominate.scale." + code,
                        "expected a finite non-zero factor, found " + factor);
            }
        });
    }

    /** Divide as the meta says, without scale factors (configuration A). */
    public static DenominateSpec byMeta() {
        return new DenominateSpec(Method.BY_META, Map.of());
    }

    public double scaleOf(String code) {
        return scale.getOrDefault(code, 1.0);
    }
}
