package eu.aireadiness.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
 * @param reference   the reference series (population, GDP) that the profiles print as context
 * @param earlier     the index and pillar scores of the editions on file before the previous one, as published
 */
public record PublishedEdition(EditionInfo info, OptionalInt previousEdition, Codebook codebook,
                               List<CountryResult> ranking, Map<String, Double> euAverage,
                               List<SubmissionStatus> submissions, MethodSpec method,
                               Optional<UncertaintySpec> uncertainty, CoherenceReport coherence,
                               List<Revision> revisions, ReferenceData reference, List<EarlierScore> earlier) {

    public PublishedEdition {
        ranking = List.copyOf(ranking);
        euAverage = Map.copyOf(euAverage);
        submissions = List.copyOf(submissions);
        revisions = List.copyOf(revisions);
        earlier = List.copyOf(earlier);
    }

    /** An edition with no reference data and no edition on file before the previous one. */
    public PublishedEdition(EditionInfo info, OptionalInt previousEdition, Codebook codebook,
                            List<CountryResult> ranking, Map<String, Double> euAverage,
                            List<SubmissionStatus> submissions, MethodSpec method,
                            Optional<UncertaintySpec> uncertainty, CoherenceReport coherence,
                            List<Revision> revisions) {
        this(info, previousEdition, codebook, ranking, euAverage, submissions, method, uncertainty, coherence,
                revisions, new ReferenceData(List.of()), List.of());
    }

    /** An edition with no revision of an earlier one to list. */
    public PublishedEdition(EditionInfo info, OptionalInt previousEdition, Codebook codebook,
                            List<CountryResult> ranking, Map<String, Double> euAverage,
                            List<SubmissionStatus> submissions, MethodSpec method,
                            Optional<UncertaintySpec> uncertainty, CoherenceReport coherence) {
        this(info, previousEdition, codebook, ranking, euAverage, submissions, method, uncertainty, coherence,
                List.of());
    }

    /** The same edition, listing these revisions of earlier editions in its notes. */
    public PublishedEdition withRevisions(List<Revision> listed) {
        return new PublishedEdition(info, previousEdition, codebook, ranking, euAverage, submissions, method,
                uncertainty, coherence, listed, reference, earlier);
    }

    /** The same edition, with the reference data its profiles print as context. */
    public PublishedEdition withReference(ReferenceData data) {
        return new PublishedEdition(info, previousEdition, codebook, ranking, euAverage, submissions, method,
                uncertainty, coherence, revisions, data, earlier);
    }

    /** The same edition, with the scores of the editions on file before the previous one, for the trend lines. */
    public PublishedEdition withEarlier(List<EarlierScore> scores) {
        return new PublishedEdition(info, previousEdition, codebook, ranking, euAverage, submissions, method,
                uncertainty, coherence, revisions, reference, scores);
    }

    public int edition() {
        return info.edition();
    }
}
