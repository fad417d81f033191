package eu.aireadiness.publication;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.EditionInfo;

/**
 * Everything the publications of an edition show, already computed: the writers only lay it out.
 *
 * @param ranking     the countries in rank order (ties by country code)
 * @param euAverage   the unweighted mean over the countries of every score, by code (index, pillars, indicators)
 * @param submissions how each country's data came in, in country-code order
 */
public record PublishedEdition(EditionInfo info, OptionalInt previousEdition, Codebook codebook,
                               List<CountryResult> ranking, Map<String, Double> euAverage,
                               List<SubmissionStatus> submissions) {

    public PublishedEdition {
        ranking = List.copyOf(ranking);
        euAverage = Map.copyOf(euAverage);
        submissions = List.copyOf(submissions);
    }

    public int edition() {
        return info.edition();
    }
}
