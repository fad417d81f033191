package eu.aireadiness.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.aireadiness.methodology.coherence.CoherenceReport;

/**
 * What the computation of an edition works out for its publication besides the scores: it needs the edition's data
 * sets (or, for the coherence, the whole ranking), so compute stores it and the publication step only loads it.
 *
 * @param submissions        how each country's data came in, in country-code order
 * @param sources            where each published value of a ranked country was submitted, by {@link #key}
 * @param previousIndicators the indicator codes the previous edition's accepted data reported; empty when it has none
 * @param coherence          the coherence statistics of the framework on the ranked countries' scores
 */
public record PublicationFacts(List<SubmissionStatus> submissions, Map<String, ValueSource> sources,
                               Optional<Set<String>> previousIndicators, CoherenceReport coherence) {

    public PublicationFacts {
        submissions = List.copyOf(submissions);
        sources = Map.copyOf(sources);
        previousIndicators = previousIndicators.map(Set::copyOf);
    }

    /** What an edition assembled from its data sets says besides its scores. */
    public static PublicationFacts of(PublishedEdition edition) {
        Map<String, ValueSource> sources = new HashMap<>();
        for (CountryResult result : edition.ranking()) {
            for (IndicatorResult indicator : result.indicators().values()) {
                indicator.source().ifPresent(s -> sources.put(key(result.country().code(), indicator.code()), s));
            }
        }
        return new PublicationFacts(edition.submissions(), sources, edition.previousIndicators(),
                edition.coherence());
    }

    public Optional<ValueSource> source(String country, String indicator) {
        return Optional.ofNullable(sources.get(key(country, indicator)));
    }

    static String key(String country, String indicator) {
        return country + '|' + indicator;
    }
}
