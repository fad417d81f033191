package eu.aireadiness.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.methodology.IndicatorTable;
import eu.aireadiness.methodology.coherence.Coherence;
import eu.aireadiness.methodology.coherence.CoherenceReport;

/** The coherence statistics of the framework on the ranked countries' scores, for the methodology annex. */
public final class FrameworkCoherence {

    private FrameworkCoherence() {
    }

    public static CoherenceReport of(Codebook codebook, List<CountryResult> ranking) {
        List<String> codes = new ArrayList<>();
        Map<String, String> parentOf = new HashMap<>();
        for (Indicator i : codebook.indicators()) {
            codes.add(i.code());
            parentOf.put(i.code(), i.pillar());
        }
        for (Pillar p : codebook.pillars()) {
            codes.add(p.code());
            parentOf.put(p.code(), codebook.indexCode());
        }
        codes.add(codebook.indexCode());
        parentOf.put(codebook.indexCode(), "");
        double[][] scores = new double[ranking.size()][codes.size()];
        for (int u = 0; u < ranking.size(); u++) {
            CountryResult r = ranking.get(u);
            for (int c = 0; c < codes.size(); c++) {
                String code = codes.get(c);
                scores[u][c] = code.equals(codebook.indexCode()) ? r.indexScore()
                        : r.pillars().containsKey(code) ? r.pillars().get(code).score()
                        : r.indicators().get(code).score().orElse(Double.NaN);
            }
        }
        List<String> units = ranking.stream().map(r -> r.country().code()).toList();
        return Coherence.analyse(new IndicatorTable(units, codes, scores), parentOf, codebook.indexCode(),
                Coherence.USUAL_WEAK_THRESHOLD);
    }
}
