package eu.aireadiness.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The framework of an edition: the index, its pillars and their indicators, in the order they are published.
 */
public record Codebook(String indexCode, String indexName, List<Pillar> pillars, List<Indicator> indicators) {

    public Codebook {
        pillars = List.copyOf(pillars);
        indicators = List.copyOf(indicators);
        Map<String, Pillar> byCode = new LinkedHashMap<>();
        for (Pillar p : pillars) {
            if (byCode.put(p.code(), p) != null) {
                throw new IllegalArgumentException("pillar " + p.code() + " is defined twice");
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>(byCode.keySet());
        seen.add(indexCode);
        for (Indicator i : indicators) {
            if (!byCode.containsKey(i.pillar())) {
                throw new IllegalArgumentException("indicator " + i.code() + " belongs to pillar " + i.pillar()
                        + ", which is not defined; defined pillars: " + byCode.keySet());
            }
            if (!seen.add(i.code())) {
                throw new IllegalArgumentException("code " + i.code() + " is defined twice");
            }
        }
        for (Pillar p : pillars) {
            if (indicators.stream().noneMatch(i -> i.pillar().equals(p.code()))) {
                throw new IllegalArgumentException("pillar " + p.code() + " has no indicators");
            }
        }
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Pillar> pillar(String code) {
        return pillars.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public List<Indicator> indicatorsOf(String pillarCode) {
        return indicators.stream().filter(i -> i.pillar().equals(pillarCode)).toList();
    }

    /** The reference series (for example POP, GDP) that some indicator divides by. */
    public List<String> denominators() {
        return indicators.stream().flatMap(i -> i.denominator().stream()).distinct().sorted().toList();
    }
}
