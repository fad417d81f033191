package eu.aireadiness.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import eu.aireadiness.dataset.Revision;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.methodology.coherence.CoherenceReport;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/**
 * Everything the publications of an edition show, already computed: the writers only lay it out.
 *
 * @param ranking     the countries in rank order (ties by country code)
 * @param euAverage   the unweighted mean over the countries of every score, by code (index, pillars, indicators)
 * @param submissions how each country's data came in, in country-code order
 * @param method      the method that computed the scores, completed from the codebook
 * @param uncertainty how the rank intervals were computed, when they were
 * @param coherence   the statistical coherence of the framework on this edition's scores
 * @param revisions   the revisions of earlier, published editions accepted since their publication, which this
 *                    publication lists in its data notes (those editions' own files are never changed)
 * @param previousIndicators the indicator codes the previous edition's accepted data reported, which tell the
 *                    indicators added to and dropped from the framework since; empty when not known
 * @param reference   the reference series (population, GDP) that the profiles print as context
 * @param earlier     the index and pillar scores of the editions on file before the previous one, as published
 */
public record PublishedEdition(EditionInfo info, OptionalInt previousEdition, Codebook codebook,
                               List<CountryResult> ranking, Map<String, Double> euAverage,
                               List<SubmissionStatus> submissions, MethodSpec method,
                               Optional<UncertaintySpec> uncertainty, CoherenceReport coherence,
                               List<Revision> revisions, Optional<Set<String>> previousIndicators,
                               ReferenceData reference, List<EarlierScore> earlier) {

    public PublishedEdition {
        ranking = List.copyOf(ranking);
        euAverage = Map.copyOf(euAverage);
        submissions = List.copyOf(submissions);
        revisions = List.copyOf(revisions);
        previousIndicators = previousIndicators.map(Set::copyOf);
        earlier = List.copyOf(earlier);
    }

    /** An edition with no revision of an earlier one to list, no reference data and no earlier edition on file. */
    public PublishedEdition(EditionInfo info, OptionalInt previousEdition, Codebook codebook,
                            List<CountryResult> ranking, Map<String, Double> euAverage,
                            List<SubmissionStatus> submissions, MethodSpec method,
                            Optional<UncertaintySpec> uncertainty, CoherenceReport coherence) {
        this(info, previousEdition, codebook, ranking, euAverage, submissions, method, uncertainty, coherence,
                List.of(), Optional.empty(), new ReferenceData(List.of()), List.of());
    }

    /** The same edition, listing these revisions of earlier editions in its notes. */
    public PublishedEdition withRevisions(List<Revision> listed) {
        return new PublishedEdition(info, previousEdition, codebook, ranking, euAverage, submissions, method,
                uncertainty, coherence, listed, previousIndicators, reference, earlier);
    }

    /** The same edition, knowing the indicator codes that the previous edition's data reported. */
    public PublishedEdition withPreviousIndicators(Set<String> codes) {
        return new PublishedEdition(info, previousEdition, codebook, ranking, euAverage, submissions, method,
                uncertainty, coherence, revisions, Optional.of(codes), reference, earlier);
    }

    /** The same edition, with the reference data its profiles print as context. */
    public PublishedEdition withReference(ReferenceData data) {
        return new PublishedEdition(info, previousEdition, codebook, ranking, euAverage, submissions, method,
                uncertainty, coherence, revisions, previousIndicators, data, earlier);
    }

    /** The same edition, with the scores of the editions on file before the previous one, for the trend lines. */
    public PublishedEdition withEarlier(List<EarlierScore> scores) {
        return new PublishedEdition(info, previousEdition, codebook, ranking, euAverage, submissions, method,
                uncertainty, coherence, revisions, previousIndicators, reference, scores);
    }

    /**
     * Why a country has no current data, so that its figures are the previous edition's values carried forward;
     * empty when they rest on an accepted submission for this edition. A country without a status on record has no
     * accepted submission on record either. Every publication flags the country where its rank or change appears.
     */
    public Optional<NoCurrentData> noCurrentData(String countryCode) {
        return submissions.stream().filter(s -> s.country().equals(countryCode)).findFirst()
                .map(SubmissionStatus::reason).orElse(Optional.of(NoCurrentData.NO_SUBMISSION));
    }

    /** Whether a country's figures rest on an accepted submission for this edition. */
    public boolean hasCurrentData(String countryCode) {
        return noCurrentData(countryCode).isEmpty();
    }

    public int edition() {
        return info.edition();
    }
}
