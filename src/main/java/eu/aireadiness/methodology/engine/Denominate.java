package eu.aireadiness.methodology.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import eu.aireadiness.methodology.Denomination;
import eu.aireadiness.methodology.IndicatorTable;

/** Step 1: divides each indicator that names a denominator by that column of its unit, times its scale factor. */
public final class Denominate {

    private Denominate() {
    }

    public static IndicatorTable apply(IndexData data, IndexStructure structure, DenominateSpec spec) {
        if (spec.method() == DenominateSpec.Method.NONE) {
            return data.indicators();
        }
        Map<String, Denomination.Spec> specs = new HashMap<>();
        for (CodeMeta m : structure.indicators()) {
            double scale = spec.scaleOf(m.code());
            if (m.isDenominated() || scale != 1.0) {
                specs.put(m.code(), new Denomination.Spec(
                        m.isDenominated() ? Optional.of(m.denominator()) : Optional.empty(), scale));
            }
        }
        return Denomination.apply(data.indicators(), specs, data.denominators());
    }
}
