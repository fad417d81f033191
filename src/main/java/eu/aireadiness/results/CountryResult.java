package eu.aireadiness.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import eu.aireadiness.framework.Country;

/**
 * A country's line in the published edition: index score and rank, the rank's interval under the uncertainty
 * analysis (when the method has one), pillar scores and indicator results in codebook order, and the previous
 * edition's index score and rank (recomputed with this edition's method).
 */
public record CountryResult(Country country, int rank, double indexScore, Optional<RankInterval> rankInterval,
                            OptionalDouble previousIndexScore,
                            OptionalInt previousRank, Map<String, PillarScore> pillars,
                            Map<String, IndicatorResult> indicators) {

    public CountryResult {
        pillars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pillars));
        indicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    /** Change of the index score since the previous edition, when both exist. */
    public OptionalDouble indexChange() {
        return previousIndexScore.isPresent()
                ? OptionalDouble.of(indexScore - previousIndexScore.getAsDouble())
                : OptionalDouble.empty();
    }
}
