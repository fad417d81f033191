package eu.aireadiness.publication;

import java.util.ArrayList;
import java.util.List;

import eu.aireadiness.framework.Pillar;

/**
 * The alternative texts of the publication's figures (PDF/UA: a Figure says in words what it shows): built from the
 * same data as the figure, in the publication's language.
 */
final class FigureTexts {

    private FigureTexts() {
    }

    /** The map: how many countries, in how many classes of index score, and which countries are in each class. */
    static String map(ReportContext report, ScoreClasses classes) {
        PublicationTexts texts = report.texts();
        List<String> described = new ArrayList<>();
        for (ScoreClasses.ScoreClass scoreClass : classes.classes()) {
            List<String> countries = scoreClass.countries().stream()
                    .map(code -> report.result(code).map(r -> texts.countryName(r.country())).orElse(code))
                    .toList();
            described.add(texts.format("figure.map.class", report.numbers().score(scoreClass.low()),
                    report.numbers().score(scoreClass.high()), texts.and(countries)));
        }
        return texts.format("figure.map", Integer.toString(report.edition().ranking().size()),
                Integer.toString(classes.classes().size()), String.join("; ", described));
    }

    /** A profile's pillar chart: the country's score in each pillar beside the EU average. */
    static String pillarChart(ReportContext report, CountryResult result) {
        PublicationTexts texts = report.texts();
        List<String> bars = new ArrayList<>();
        for (Pillar pillar : report.edition().codebook().pillars()) {
            Double average = report.edition().euAverage().get(pillar.code());
            bars.add(texts.format("figure.pillar-chart.bar", texts.pillarName(pillar),
                    report.numbers().score(Results.pillar(result, pillar.code()).score()),
                    average == null ? NumberText.ABSENT : report.numbers().score(average)));
        }
        return texts.format("figure.pillar-chart", texts.countryName(result.country()),
                Integer.toString(bars.size()), String.join("; ", bars));
    }
}
