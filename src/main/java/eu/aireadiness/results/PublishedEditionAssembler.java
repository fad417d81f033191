package eu.aireadiness.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import eu.aireadiness.dataset.CountrySubmission;
import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.Rejection;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.methodology.coherence.CoherenceReport;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;
import eu.aireadiness.results.ScoreRow.Basis;

/**
 * Builds what the publications show: in the compute step from the results, the edition's data set (and the
 * previous edition's, for the provenance of carried-forward values) and the method file, working out what the
 * publication needs besides the scores ({@link PublicationFacts}); in the publication step from the stored results
 * and facts alone.
 */
public final class PublishedEditionAssembler {

    private final Codebook codebook;
    private final List<Country> countries;

    public PublishedEditionAssembler(Codebook codebook, List<Country> countries) {
        this.codebook = codebook;
        this.countries = countries;
    }

    /** The edition assembled from its data sets, as compute does: provenance, statuses and coherence worked out. */
    public PublishedEdition assemble(EditionInfo info, EditionResults results, EditionDataSet data,
                                     EditionDataSet previousData, MethodSpec method,
                                     Optional<UncertaintySpec> uncertainty) {
        Provenance provenance = new Provenance(data, previousData);
        return assemble(info, results, provenance::of, statuses(data), previousData.accepted().isEmpty()
                ? Optional.empty() : Optional.of(reportedIndicators(previousData)), Optional.empty(), method,
                uncertainty);
    }

    /** The edition assembled from its stored results and facts, as the publication step does: nothing is computed. */
    public PublishedEdition assemble(EditionInfo info, EditionResults results, PublicationFacts facts,
                                     MethodSpec method, Optional<UncertaintySpec> uncertainty) {
        return assemble(info, results, (country, indicator, dataYear) -> facts.source(country, indicator),
                facts.submissions(), facts.previousIndicators(), Optional.of(facts.coherence()), method, uncertainty);
    }

    /** Where a country's indicator value was submitted, given the edition whose data supplied it. */
    private interface SourceLookup {
        Optional<ValueSource> of(String country, String indicator, int dataYear);
    }

    private PublishedEdition assemble(EditionInfo info, EditionResults results, SourceLookup provenance,
                                      List<SubmissionStatus> statuses, Optional<Set<String>> previousIndicators,
                                      Optional<CoherenceReport> coherence, MethodSpec method,
                                      Optional<UncertaintySpec> uncertainty) {
        List<ScoreRow> rows = results.scores();
        Map<String, RankInterval> intervals = new HashMap<>();
        for (RankIntervalRow r : results.rankIntervals()) {
            if (r.code().equals(codebook.indexCode())) {
                intervals.put(r.country(), new RankInterval(r.medianRank(), r.lowRank(), r.highRank(),
                        r.replications()));
            }
        }
        Map<String, ScoreRow> current = new HashMap<>();
        Map<String, ScoreRow> previous = new HashMap<>();
        for (ScoreRow r : rows) {
            (r.basis() == Basis.CURRENT ? current : previous).put(r.country() + '|' + r.code(), r);
        }
        List<CountryResult> ranking = new ArrayList<>();
        for (Country country : countries) {
            ScoreRow index = current.get(country.code() + '|' + codebook.indexCode());
            if (index == null || index.rank() == 0) {
                continue;
            }
            ranking.add(countryResult(country, index, Optional.ofNullable(intervals.get(country.code())), current,
                    previous, provenance));
        }
        ranking.sort(Comparator.comparingInt(CountryResult::rank).thenComparing(r -> r.country().code()));
        PublishedEdition edition = new PublishedEdition(info,
                previousIsRanked(previous) ? OptionalInt.of(info.edition() - 1) : OptionalInt.empty(), codebook,
                ranking, averages(current), statuses, CodebookStructure.withScales(method, codebook),
                uncertainty, coherence.orElseGet(() -> FrameworkCoherence.of(codebook, ranking)));
        return previousIndicators.map(edition::withPreviousIndicators).orElse(edition);
    }

    private CountryResult countryResult(Country country, ScoreRow index, Optional<RankInterval> interval,
                                        Map<String, ScoreRow> current, Map<String, ScoreRow> previous,
                                        SourceLookup provenance) {
        String cc = country.code();
        Map<String, PillarScore> pillars = new LinkedHashMap<>();
        for (Pillar p : codebook.pillars()) {
            ScoreRow r = current.get(cc + '|' + p.code());
            pillars.put(p.code(), new PillarScore(p.code(), r.score(), r.rank(),
                    score(previous.get(cc + '|' + p.code()))));
        }
        Map<String, IndicatorResult> indicators = new LinkedHashMap<>();
        for (Indicator i : codebook.indicators()) {
            ScoreRow r = current.get(cc + '|' + i.code());
            indicators.put(i.code(), new IndicatorResult(i.code(), optional(r.submitted()), optional(r.value()),
                    optional(r.treated()), optional(r.score()),
                    r.rank() > 0 ? OptionalInt.of(r.rank()) : OptionalInt.empty(), r.origin(),
                    r.dataYear() > 0 ? OptionalInt.of(r.dataYear()) : OptionalInt.empty(),
                    provenance.of(cc, i.code(), r.dataYear())));
        }
        ScoreRow previousIndex = previous.get(cc + '|' + codebook.indexCode());
        OptionalInt previousRank = previousIndex != null && previousIndex.rank() > 0
                ? OptionalInt.of(previousIndex.rank()) : OptionalInt.empty();
        return new CountryResult(country, index.rank(), index.score(), interval, score(previousIndex), previousRank,
                pillars, indicators);
    }

    /** Finds the submission behind a value: the edition's own, or the previous edition's when carried forward. */
    private record Provenance(EditionDataSet edition, EditionDataSet previous) {

        Optional<ValueSource> of(String country, String indicator, int dataYear) {
            EditionDataSet data = dataYear == edition.edition() ? edition
                    : dataYear == previous.edition() ? previous : null;
            if (data == null || !data.accepted().containsKey(country)) {
                return Optional.empty();
            }
            CountrySubmission submission = data.accepted().get(country);
            return data.value(country, indicator).map(v -> new ValueSource(v.source(), submission.fileName(),
                    submission.version(), v.sourceRow()));
        }
    }

    /** Whether the previous edition, recomputed, ranks anyone: only then do the publications show changes. */
    private boolean previousIsRanked(Map<String, ScoreRow> previous) {
        return previous.values().stream().anyMatch(r -> r.code().equals(codebook.indexCode()) && r.rank() > 0);
    }

    /** Unweighted mean over the countries that have a score, for every code. */
    private Map<String, Double> averages(Map<String, ScoreRow> current) {
        Map<String, double[]> sums = new HashMap<>();
        for (ScoreRow r : current.values()) {
            if (!Double.isNaN(r.score())) {
                double[] sum = sums.computeIfAbsent(r.code(), c -> new double[2]);
                sum[0] += r.score();
                sum[1]++;
            }
        }
        Map<String, Double> averages = new HashMap<>();
        sums.forEach((code, sum) -> averages.put(code, sum[0] / sum[1]));
        return averages;
    }

    private List<SubmissionStatus> statuses(EditionDataSet data) {
        List<SubmissionStatus> statuses = new ArrayList<>();
        for (Country country : countries.stream().sorted(Comparator.comparing(Country::code)).toList()) {
            CountrySubmission accepted = data.accepted().get(country.code());
            Rejection rejected = data.rejected().get(country.code());
            if (accepted != null) {
                statuses.add(SubmissionStatus.accepted(country.code(), accepted.fileName(), accepted.version()));
            } else if (rejected != null) {
                statuses.add(SubmissionStatus.rejected(country.code(), NoCurrentData.ofRejected(rejected.errorRules())));
            } else {
                statuses.add(SubmissionStatus.notSubmitted(country.code()));
            }
        }
        return statuses;
    }

    /** The indicator codes that any accepted submission of the previous edition reported. */
    private static Set<String> reportedIndicators(EditionDataSet previousData) {
        Set<String> codes = new TreeSet<>();
        previousData.accepted().values().forEach(s -> codes.addAll(s.values().keySet()));
        return codes;
    }

    private static OptionalDouble score(ScoreRow row) {
        return row == null ? OptionalDouble.empty() : optional(row.score());
    }

    private static OptionalDouble optional(double x) {
        return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
    }
}
