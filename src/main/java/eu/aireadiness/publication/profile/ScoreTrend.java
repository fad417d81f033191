package eu.aireadiness.publication.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.EarlierScore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.Results;

/**
 * A country's index and pillar scores over every edition on file: the editions before the previous one as each
 * published them, the previous one as this edition recomputed it with its own method (the basis of the changes the
 * profile prints), and this one.
 *
 * @param editions the editions, oldest first
 * @param scores   by code, the index's first and then the pillars' in codebook order: one score per edition, empty
 *                 where the country had none
 */
public record ScoreTrend(List<Integer> editions, Map<String, List<OptionalDouble>> scores) {

    public ScoreTrend {
        editions = List.copyOf(editions);
        Map<String, List<OptionalDouble>> copy = new LinkedHashMap<>();
        scores.forEach((code, series) -> copy.put(code, List.copyOf(series)));
        scores = java.util.Collections.unmodifiableMap(copy);
    }

    public static ScoreTrend of(PublishedEdition edition, CountryResult result) {
        String country = result.country().code();
        TreeSet<Integer> years = new TreeSet<>();
        edition.earlier().forEach(s -> years.add(s.edition()));
        edition.previousEdition().ifPresent(years::add);
        years.add(edition.edition());
        String indexCode = edition.codebook().indexCode();
        Map<String, List<OptionalDouble>> scores = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(List.of(indexCode));
        edition.codebook().pillars().stream().map(Pillar::code).forEach(codes::add);
        for (String code : codes) {
            List<OptionalDouble> series = new ArrayList<>();
            for (int year : years) {
                if (year == edition.edition()) {
                    series.add(OptionalDouble.of(code.equals(indexCode) ? result.indexScore()
                            : Results.pillar(result, code).score()));
                } else if (edition.previousEdition().isPresent() && year == edition.previousEdition().getAsInt()) {
                    series.add(code.equals(indexCode) ? result.previousIndexScore()
                            : Results.pillar(result, code).previousScore());
                } else {
                    series.add(edition.earlier().stream()
                            .filter(s -> s.edition() == year && s.country().equals(country) && s.code().equals(code))
                            .mapToDouble(EarlierScore::score).findFirst());
                }
            }
            scores.put(code, series);
        }
        return new ScoreTrend(List.copyOf(years), scores);
    }

    /**
     * The charts' alternative text, built from the same numbers: what the charts show and every point of them, e.g.
     * "Germany: line charts of the index score and the pillar scores (0-100) in the editions 2025 and 2026. Index
     * 45.6 in 2025, 57.5 in 2026; Compute & data-centre capacity ...".
     */
    public String altText(PublicationTexts texts, NumberText numbers, Codebook codebook, Country country) {
        List<String> series = new ArrayList<>();
        for (Map.Entry<String, List<OptionalDouble>> entry : scores.entrySet()) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < editions.size(); i++) {
                String year = Integer.toString(editions.get(i));
                OptionalDouble score = entry.getValue().get(i);
                points.add(score.isPresent()
                        ? texts.format("profiles.trend.point", numbers.score(score.getAsDouble()), year)
                        : texts.format("profiles.trend.none", year));
            }
            series.add(label(texts, codebook, entry.getKey()) + " " + String.join(", ", points));
        }
        return texts.format("profiles.trend.alt", texts.countryName(country),
                texts.and(editions.stream().map(String::valueOf).toList()), String.join("; ", series));
    }

    /** "Index" for the index, the pillar's name for a pillar. */
    static String label(PublicationTexts texts, Codebook codebook, String code) {
        if (code.equals(codebook.indexCode())) {
            return texts.text("country.index");
        }
        Pillar pillar = codebook.pillars().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        return texts.pillarName(pillar);
    }
}
