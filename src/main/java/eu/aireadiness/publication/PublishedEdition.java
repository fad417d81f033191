package eu.aireadiness.publication;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import eu.aireadiness.dataset.Revision;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.EditionInfo;
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
 */
public record PublishedEdition(EditionInfo info, OptionalInt previousEdition, Codebook codebook,
                               List<CountryResult> ranking, Map<String, Double> euAverage,
                               List<SubmissionStatus> submissions, MethodSpec method,
                               Optional<UncertaintySpec> uncertainty, CoherenceReport coherence,
                               List<Revision> revisions) {

    public PublishedEdition {
        ranking = List.copyOf(ranking);
        euAverage = Map.copyOf(euAverage);
        submissions = List.copyOf(submissions);
        revisions = List.copyOf(revisions);
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
                uncertainty, coherence, listed);
    }

    public int edition() {
        return info.edition();
    }
}
