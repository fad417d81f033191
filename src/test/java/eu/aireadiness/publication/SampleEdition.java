package eu.aireadiness.publication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import eu.aireadiness.compute.MethodDocument;
import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.CountriesReader;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.framework.EditionsReader;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.framework.ReferenceDataReader;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.EarlierScore;
import eu.aireadiness.results.FrameworkCoherence;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.NoCurrentData;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;
import eu.aireadiness.results.SubmissionStatus;
import eu.aireadiness.results.ValueOrigin;
import eu.aireadiness.results.ValueSource;

/**
 * A realistic edition for the publication tests: the real codebook and 27 countries, scores from a deterministic
 * formula, Bulgaria's submission rejected and Malta's missing (both carried forward), a few estimated and provisional
 * values, one missing value (Cyprus, GOV3) and one country (Croatia) without a previous index score. Rank intervals
 * and sources are made up; the method and its uncertainty analysis are the shipped method file's. The reference
 * data are the shipped ones, and the index and pillar scores of 2024 are on file as an earlier edition.
 */
public final class SampleEdition {

    static final int YEAR = 2026;
    static final String REJECTED = "BG";
    static final String NOT_SUBMITTED = "MT";
    static final String WITHOUT_PREVIOUS = "HR";
    static final String MISSING_COUNTRY = "CY";
    static final String MISSING_INDICATOR = "GOV3";
    /** The rules Bulgaria's rejected file broke, as the intake records them. */
    static final java.util.Set<String> REJECTION_RULES = java.util.Set.of("OUT_OF_RANGE", "WRONG_UNIT");
    static final int EARLIER = YEAR - 2;
    static final double EARLIER_INDEX_GAP = 4.25;
    static final double EARLIER_PILLAR_GAP = 3.75;

    private SampleEdition() {
    }

    /** A country's name or rank as printed where the flag of no current data follows it (Bulgaria and Malta). */
    static String flagged(String country, String text) {
        return country.equals(REJECTED) || country.equals(NOT_SUBMITTED) ? text + " *" : text;
    }

    public static PublishedEdition build() {
        Codebook codebook = CodebookReader.read(Path.of("input/codebook.csv"));
        List<Country> countries = CountriesReader.read(Path.of("input/countries.csv"));
        EditionInfo info = EditionsReader.read(Path.of("input/editions.csv")).stream()
                .filter(e -> e.edition() == YEAR).findFirst().orElseThrow();
        Map<String, Map<String, Double>> scores = new HashMap<>();
        Map<String, Map<String, ValueOrigin>> origins = new HashMap<>();
        for (int c = 0; c < countries.size(); c++) {
            Map<String, Double> byCode = new LinkedHashMap<>();
            Map<String, ValueOrigin> originByCode = new LinkedHashMap<>();
            String code = countries.get(c).code();
            for (int i = 0; i < codebook.indicators().size(); i++) {
                String indicator = codebook.indicators().get(i).code();
                ValueOrigin origin = origin(code, indicator, c, i);
                originByCode.put(indicator, origin);
                if (origin != ValueOrigin.MISSING) {
                    byCode.put(indicator, 12 + (c * 13 + i * 7) % 71 + c / 9.0 + i / 37.0);
                }
            }
            scores.put(code, byCode);
            origins.put(code, originByCode);
        }
        Map<String, Map<String, Double>> pillarScores = new HashMap<>();
        Map<String, Double> index = new HashMap<>();
        for (Country country : countries) {
            Map<String, Double> pillars = new LinkedHashMap<>();
            for (Pillar pillar : codebook.pillars()) {
                pillars.put(pillar.code(), codebook.indicatorsOf(pillar.code()).stream()
                        .map(i -> scores.get(country.code()).get(i.code())).filter(s -> s != null)
                        .mapToDouble(Double::doubleValue).average().orElseThrow());
            }
            pillarScores.put(country.code(), pillars);
            index.put(country.code(), pillars.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        }
        Map<String, Double> previous = new HashMap<>();
        for (int c = 0; c < countries.size(); c++) {
            String code = countries.get(c).code();
            if (!code.equals(WITHOUT_PREVIOUS)) {
                previous.put(code, index.get(code) - ((c % 5) - 2) * 1.37 - (c == 3 ? 0.02 : 0));
            }
        }
        Map<String, Integer> rank = ranks(index);
        Map<String, Integer> previousRank = ranks(previous);
        List<CountryResult> ranking = new ArrayList<>();
        for (Country country : countries) {
            String code = country.code();
            Map<String, PillarScore> pillars = new LinkedHashMap<>();
            for (Pillar pillar : codebook.pillars()) {
                Map<String, Double> pillarOfAll = new HashMap<>();
                pillarScores.forEach((k, v) -> pillarOfAll.put(k, v.get(pillar.code())));
                double score = pillarScores.get(code).get(pillar.code());
                pillars.put(pillar.code(), new PillarScore(pillar.code(), score, ranks(pillarOfAll).get(code),
                        OptionalDouble.of(score - 1.5)));
            }
            Map<String, IndicatorResult> indicators = new LinkedHashMap<>();
            for (Indicator indicator : codebook.indicators()) {
                indicators.put(indicator.code(), indicatorResult(indicator, code, scores, origins.get(code),
                        2 + codebook.indicators().indexOf(indicator)));
            }
            int r = rank.get(code);
            RankInterval interval = new RankInterval(r, Math.max(1, r - 1 - r % 3), Math.min(27, r + r % 4),
                    1000);
            ranking.add(new CountryResult(country, r, index.get(code), Optional.of(interval),
                    previous.containsKey(code) ? OptionalDouble.of(previous.get(code)) : OptionalDouble.empty(),
                    previousRank.containsKey(code) ? OptionalInt.of(previousRank.get(code)) : OptionalInt.empty(),
                    pillars, indicators));
        }
        ranking.sort(Comparator.comparingInt(CountryResult::rank));
        Map<String, Double> average = new HashMap<>();
        average.put(codebook.indexCode(), mean(index.values()));
        for (Pillar pillar : codebook.pillars()) {
            average.put(pillar.code(), mean(pillarScores.values().stream().map(p -> p.get(pillar.code())).toList()));
        }
        List<SubmissionStatus> submissions = countries.stream().map(SampleEdition::submission).toList();
        MethodDocument method = MethodFile.readDocument(Path.of("input/method.yml"));
        return new PublishedEdition(info, OptionalInt.of(YEAR - 1), codebook, ranking, average, submissions,
                method.method(), method.uncertainty(), FrameworkCoherence.of(codebook, ranking))
                .withReference(ReferenceDataReader.read(Path.of("input/reference-data.csv")))
                .withEarlier(earlier(ranking));
    }

    /**
     * The edition before the previous one, {@value #EARLIER}, as it was published: every country but Croatia (which
     * has no previous score either), its index {@value #EARLIER_INDEX_GAP} points and each pillar
     * {@value #EARLIER_PILLAR_GAP} points below this edition's.
     */
    private static List<EarlierScore> earlier(List<CountryResult> ranking) {
        List<EarlierScore> scores = new ArrayList<>();
        for (CountryResult result : ranking) {
            String code = result.country().code();
            if (code.equals(WITHOUT_PREVIOUS)) {
                continue;
            }
            scores.add(new EarlierScore(EARLIER, code, "INDEX", result.indexScore() - EARLIER_INDEX_GAP));
            result.pillars().values().forEach(p -> scores.add(new EarlierScore(EARLIER, code, p.code(),
                    p.score() - EARLIER_PILLAR_GAP)));
        }
        return scores;
    }

    static ValueOrigin origin(String country, String indicator, int c, int i) {
        if (country.equals(REJECTED) || country.equals(NOT_SUBMITTED)) {
            return ValueOrigin.CARRIED_FORWARD;
        }
        if (country.equals(MISSING_COUNTRY) && indicator.equals(MISSING_INDICATOR)) {
            return ValueOrigin.MISSING;
        }
        if ((c + i) % 23 == 0) {
            return ValueOrigin.ESTIMATED;
        }
        return (c * 3 + i) % 29 == 0 ? ValueOrigin.PROVISIONAL : ValueOrigin.REPORTED;
    }

    private static IndicatorResult indicatorResult(Indicator indicator, String country,
                                                   Map<String, Map<String, Double>> scores,
                                                   Map<String, ValueOrigin> origins, int row) {
        ValueOrigin origin = origins.get(indicator.code());
        Double score = scores.get(country).get(indicator.code());
        if (score == null) {
            return new IndicatorResult(indicator.code(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), origin, OptionalInt.empty(),
                    Optional.empty());
        }
        double low = indicator.goalposts().low();
        double width = indicator.goalposts().width();
        double value = indicator.direction() == Direction.POSITIVE ? low + score / 100 * width
                : indicator.goalposts().high() - score / 100 * width;
        Map<String, Double> ofAll = new HashMap<>();
        scores.forEach((k, v) -> {
            if (v.containsKey(indicator.code())) {
                ofAll.put(k, v.get(indicator.code()));
            }
        });
        int year = origin == ValueOrigin.CARRIED_FORWARD ? YEAR - 1 : YEAR;
        ValueSource source = new ValueSource("National statistical office, survey " + (year - 1),
                country + "-" + year + "-submission.csv", 1, row);
        return new IndicatorResult(indicator.code(), OptionalDouble.of(value), OptionalDouble.of(value),
                OptionalDouble.of(value), OptionalDouble.of(score), OptionalInt.of(ranks(ofAll).get(country)), origin,
                OptionalInt.of(year), Optional.of(source));
    }

    private static SubmissionStatus submission(Country country) {
        return switch (country.code()) {
            case REJECTED -> SubmissionStatus.rejected(REJECTED, NoCurrentData.ofRejected(REJECTION_RULES));
            case NOT_SUBMITTED -> SubmissionStatus.notSubmitted(NOT_SUBMITTED);
            default -> SubmissionStatus.accepted(country.code(), country.code() + "-2026-submission.csv",
                    country.code().charAt(0) % 2 + 1);
        };
    }

    /** Rank 1 for the highest score, ties broken by country code. */
    private static Map<String, Integer> ranks(Map<String, Double> scores) {
        List<String> order = scores.keySet().stream()
                .sorted(Comparator.comparing((String k) -> -scores.get(k)).thenComparing(k -> k)).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ranks.put(order.get(i), i + 1);
        }
        return ranks;
    }

    private static double mean(java.util.Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
