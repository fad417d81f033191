package eu.aireadiness.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.methodology.engine.CodeMeta;
import eu.aireadiness.methodology.engine.DenominateSpec;
import eu.aireadiness.methodology.engine.IndexStructure;
import eu.aireadiness.methodology.engine.MethodSpec;

/** The codebook in the engine's terms: its index structure, and the method file completed with the codebook's scales. */
final class CodebookStructure {

    private CodebookStructure() {
    }

    static IndexStructure of(Codebook codebook) {
        List<CodeMeta> indicators = new ArrayList<>();
        for (Indicator i : codebook.indicators()) {
            indicators.add(new CodeMeta(i.code(), 1, i.pillar(), i.direction().sign(), i.weight(),
                    i.denominator().orElse(""), i.goalposts().low(), i.goalposts().high()));
        }
        List<CodeMeta> aggregates = new ArrayList<>();
        for (Pillar p : codebook.pillars()) {
            aggregates.add(CodeMeta.aggregate(p.code(), 2, codebook.indexCode(), p.weight()));
        }
        aggregates.add(CodeMeta.aggregate(codebook.indexCode(), 3, "", 1));
        return new IndexStructure(indicators, aggregates);
    }

    /** The method with the codebook's scale factors, which a scale given in the method file overrides. */
    static MethodSpec withScales(MethodSpec method, Codebook codebook) {
        Map<String, Double> scale = new HashMap<>();
        for (Indicator i : codebook.indicators()) {
            if (i.scale() != 1.0) {
                scale.put(i.code(), i.scale());
            }
        }
        scale.putAll(method.denominate().scale());
        return new MethodSpec(new DenominateSpec(method.denominate().method(), scale), method.impute(),
                method.screen(), method.treat(), method.normalise(), method.aggregate(), method.rank(),
                method.weights());
    }
}
