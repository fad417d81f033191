package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.profile.CountryProfile;
import eu.aireadiness.publication.profile.PdfProfileWriter;
import eu.aireadiness.publication.profile.ScoreTrend;
import eu.aireadiness.publication.report.PdfReportWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;

/**
 * A profile read on its own: its file name, the header of every page, the context figures against the reference
 * data, every level's rank and interval, the EU average of each indicator, the trend over the editions on file, the
 * data-status flag and the smallest type on every page; and the report's colophon against editions.csv. The
 * profiles of Germany (current data), Bulgaria (submission rejected) and Malta (nothing submitted) are written in
 * the three languages. Expected texts are written out here, expected numbers worked out from the inputs.
 */
class ProfileStandAloneTest {

    /** What each language prints, written out here rather than read from the templates. */
    enum Language {
        EN("en", ',', "European AI Readiness Index 2026 · Country profile · European AI Readiness Office",
                "Population", "GDP at current market prices", "EUR %s million", "GDP per inhabitant", "EUR %s",
                "No current data: no submission received. The values of the 2025 edition are used instead",
                "No current data: submission rejected: values failed validation.",
                "Index", "Germany: line charts of the index score and the pillar scores (0-100) in the editions"
                        + " 2024, 2025 and 2026. ", "%s in %s", "European AI Readiness Index 2026"),
        DE("de", ' ', "Europäischer Index der KI-Bereitschaft 2026 · Länderprofil · European AI Readiness Office",
                "Bevölkerung", "BIP zu Marktpreisen", "%s Mio. EUR", "BIP je Einwohner", "%s EUR",
                "Keine aktuellen Daten: keine Übermittlung eingegangen. Stattdessen werden die Werte der Ausgabe"
                        + " 2025 verwendet",
                "Keine aktuellen Daten: Übermittlung abgelehnt: Werte fehlerhaft.",
                "Index", "Deutschland: Liniendiagramme des Indexwerts und der Säulenwerte (0-100) in den"
                        + " Ausgaben 2024, 2025 und 2026. ", "%s im Jahr %s", "Europäischer Index der KI-Bereitschaft 2026"),
        FR("fr", ' ', "Indice européen de préparation à l’IA 2026 · Profil de pays · European AI Readiness Office",
                "Population", "PIB aux prix du marché", "%s millions d’EUR", "PIB par habitant", "%s EUR",
                "Pas de données actuelles : aucune transmission reçue. Les valeurs de l’édition 2025 sont utilisées"
                        + " à la place",
                "Pas de données actuelles : transmission rejetée : valeurs non validées.",
                "Indice", "Allemagne : graphiques linéaires du score de l’indice et des scores des piliers (0-100)"
                        + " dans les éditions 2024, 2025 et 2026. ", "%s en %s",
                "Indice européen de préparation à l’IA 2026");

        final String code;
        /** The thousands separator as PDFBox reads it back (the no-break space of German and French is a space). */
        final char grouping;
        final String header;
        final String population;
        final String gdp;
        final String gdpAmount;
        final String perCapita;
        final String perCapitaAmount;
        final String notSubmitted;
        final String rejected;
        final String index;
        final String altStart;
        final String altPoint;
        final String reportTitle;

        Language(String code, char grouping, String header, String population, String gdp, String gdpAmount,
                 String perCapita, String perCapitaAmount, String notSubmitted, String rejected, String index,
                 String altStart, String altPoint, String reportTitle) {
            this.code = code;
            this.grouping = grouping;
            this.header = header;
            this.population = population;
            this.gdp = gdp;
            this.gdpAmount = gdpAmount;
            this.perCapita = perCapita;
            this.perCapitaAmount = perCapitaAmount;
            this.notSubmitted = notSubmitted;
            this.rejected = rejected;
            this.index = index;
            this.altStart = altStart;
            this.altPoint = altPoint;
            this.reportTitle = reportTitle;
        }

        char decimal() {
            return this == EN ? '.' : ',';
        }

        /** A whole number grouped by thousands, as the language writes it. */
        String whole(double amount) {
            return String.format(Locale.ROOT, "%,d", Math.round(amount)).replace(',', grouping);
        }

        String score(double score) {
            return new BigDecimal(score).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', decimal());
        }

        /** A value with its indicator's decimals, grouped by thousands as the language writes it. */
        String value(double value, int decimals) {
            BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
            String digits = String.format(Locale.ROOT, "%,." + decimals + "f", rounded);
            return digits.replace(',', '\u0001').replace('.', decimal()).replace('\u0001', grouping);
        }
    }

    static final List<String> COUNTRIES = List.of("DE", SampleEdition.REJECTED, SampleEdition.NOT_SUBMITTED);

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static final Map<String, Path> FILES = new HashMap<>();

    @BeforeAll
    static void write() throws IOException {
        edition = SampleEdition.build();
        Branding branding = Branding.load(PublisherPdfTest.TEMPLATES);
        for (Language language : Language.values()) {
            PublicationTexts texts = PublicationTexts.load(PublisherPdfTest.TEMPLATES, language.code);
            PdfProfileWriter writer = new PdfProfileWriter(texts, branding);
            for (String country : COUNTRIES) {
                Path file = output.resolve(PdfProfileWriter.fileName(branding, edition, result(country), texts));
                Files.createDirectories(file.getParent());
                writer.write(edition, result(country), file);
                FILES.put(country + "-" + language.code, file);
            }
        }
    }

    @Test
    void theFileNameStartsWithTheIndexShortNameFromTheBrandingThenYearCountryAndLanguage() {
        Branding shipped = Branding.load(PublisherPdfTest.TEMPLATES);
        PublicationTexts german = PublicationTexts.load(PublisherPdfTest.TEMPLATES, "de");
        assertThat(PdfProfileWriter.fileName(shipped, edition, result("DE"), german))
                .isEqualTo("profiles/AIRI-2026-DE-de.pdf");
        Branding renamed = new Branding(shipped.publisher(), "EAIRI", shipped.primary(), shipped.accent(),
                shipped.mapClasses());
        assertThat(PdfProfileWriter.fileName(renamed, edition, result("MT"), german))
                .isEqualTo("profiles/EAIRI-2026-MT-de.pdf");
        assertThat(FILES.get("DE-fr")).hasFileName("AIRI-2026-DE-fr.pdf").exists();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageStartsWithTheIndexTheEditionAndThePublisher(Language language) throws IOException {
        for (String country : COUNTRIES) {
            List<String> pages = pages(file(country, language));
            assertThat(pages).hasSize(CountryProfile.PAGES);
            for (String page : pages) {
                assertThat(page).as("%s in %s", country, language.code).startsWith(language.header + " ");
            }
        }
    }

    /** The amounts are worked out here from reference-data.csv, read with a CSV parser of its own. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theContextFiguresAreTheReferenceDataOfTheEditionWithTheirSources(Language language) throws IOException {
        Map<String, CSVRecord> reference = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(Path.of("input/reference-data.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : parser) {
                reference.put(row.get("REF_AREA") + "|" + row.get("TIME_PERIOD") + "|" + row.get("SERIES"), row);
            }
        }
        for (String country : COUNTRIES) {
            CSVRecord population = reference.get(country + "|2026|POP");
            CSVRecord gdp = reference.get(country + "|2026|GDP");
            double people = Double.parseDouble(population.get("OBS_VALUE"));
            double millions = Double.parseDouble(gdp.get("OBS_VALUE"));
            String first = pages(file(country, language)).get(0);
            assertThat(first).as("%s in %s", country, language.code)
                    .contains(language.population + " " + language.whole(people) + " " + population.get("SOURCE"))
                    .contains(language.gdp + " " + String.format(language.gdpAmount, language.whole(millions)) + " "
                            + gdp.get("SOURCE"))
                    .contains(language.perCapita + " " + String.format(language.perCapitaAmount,
                            language.whole(millions * 1_000_000 / people)));
        }
    }

    /** The index row carries its rank and interval, each pillar its rank and a dash: no interval was computed. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLevelShowsItsRankAndTheIndexItsInterval(Language language) throws IOException {
        for (String country : COUNTRIES) {
            CountryResult result = result(country);
            RankInterval interval = result.rankInterval().orElseThrow();
            int low = (int) Math.floor(interval.low());
            int high = (int) Math.ceil(interval.high());
            String first = pages(file(country, language)).get(0);
            assertThat(first).as("%s in %s", country, language.code).contains(" " + language.index + " "
                    + language.score(result.indexScore()) + " " + result.rank() + " "
                    + (low == high ? Integer.toString(low) : low + "–" + high) + " ");
            for (Pillar pillar : edition.codebook().pillars()) {
                PillarScore score = result.pillars().get(pillar.code());
                assertThat(first).as("%s %s", country, pillar.code()).contains(" " + pillar.code() + " ")
                        .contains(" " + language.score(score.score()) + " " + score.rank() + " – ");
            }
        }
    }

    /** The EU average of each indicator: the mean of the values of the countries that have one, worked out here. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void eachIndicatorShowsTheEuAverageOfItsValueBesideTheCountrysValue(Language language) throws IOException {
        String indicators = pages(file("DE", language)).subList(2, 4).toString();
        for (Indicator indicator : edition.codebook().indicators()) {
            List<Double> values = new ArrayList<>();
            for (CountryResult result : edition.ranking()) {
                result.indicators().get(indicator.code()).value().ifPresent(values::add);
            }
            double sum = 0;
            for (double value : values) {
                sum += value;
            }
            OptionalDouble germany = result("DE").indicators().get(indicator.code()).value();
            assertThat(indicators).as("%s in %s", indicator.code(), language.code).contains(" "
                    + language.value(germany.getAsDouble(), indicator.decimals()) + " "
                    + language.value(sum / values.size(), indicator.decimals()) + " ");
        }
        assertThat(values(SampleEdition.MISSING_INDICATOR)).hasSize(26);
    }

    /** The trend's points, from the alternative text and the labels printed on the chart. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theTrendShowsEveryEditionOnFileAndItsAlternativeTextGivesEveryPoint(Language language)
            throws IOException {
        PublicationTexts texts = PublicationTexts.load(PublisherPdfTest.TEMPLATES, language.code);
        CountryResult germany = result("DE");
        ScoreTrend trend = ScoreTrend.of(edition, germany);
        assertThat(trend.editions()).containsExactly(2024, 2025, 2026);
        String alt = trend.altText(texts, new NumberText(texts.locale()), edition.codebook(), germany.country());
        String index = language.index + " " + String.join(", ",
                point(language, germany.indexScore() - SampleEdition.EARLIER_INDEX_GAP, 2024),
                point(language, germany.previousIndexScore().getAsDouble(), 2025),
                point(language, germany.indexScore(), 2026));
        assertThat(alt).startsWith(language.altStart + index + "; ");
        Pillar first = edition.codebook().pillars().get(0);
        PillarScore pillar = germany.pillars().get(first.code());
        assertThat(alt).contains("; " + texts.pillarName(first) + " " + String.join(", ",
                point(language, pillar.score() - SampleEdition.EARLIER_PILLAR_GAP, 2024),
                point(language, pillar.previousScore().getAsDouble(), 2025), point(language, pillar.score(), 2026))
                + ";");
        String page = pages(file("DE", language)).get(0);
        assertThat(page).contains(language.score(germany.indexScore() - SampleEdition.EARLIER_INDEX_GAP) + " "
                + language.score(germany.previousIndexScore().getAsDouble()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aCountryWithoutCurrentDataIsFlaggedOnItsFirstPageWithAReasonAndNoValidatorText(Language language)
            throws IOException {
        String malta = pages(file(SampleEdition.NOT_SUBMITTED, language)).get(0);
        String bulgaria = pages(file(SampleEdition.REJECTED, language)).get(0);
        assertThat(malta).contains(language.notSubmitted);
        assertThat(bulgaria).contains(language.rejected.substring(0, language.rejected.length() - 1))
                .doesNotContain("134", ".xlsx", "row 17");
        assertThat(pages(file("DE", language)).get(0)).doesNotContain(language.notSubmitted.substring(0, 12));
    }

    /** Running text, tables and chart labels alike: no character on any page of a profile below 7.5 pt. */
    @Test
    void noCharacterOnAnyPageIsSmallerThanSevenAndAHalfPoints() throws IOException {
        for (Path file : FILES.values()) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    SmallestType smallest = new SmallestType();
                    smallest.setStartPage(page);
                    smallest.setEndPage(page);
                    smallest.getText(document);
                    assertThat(smallest.characters).as("%s page %d", file.getFileName(), page).isGreaterThan(100);
                    assertThat(smallest.size).as("smallest type on %s page %d: '%s'", file.getFileName(), page,
                            smallest.text).isGreaterThanOrEqualTo(7.5f - 0.01f);
                }
            }
        }
    }

    /** The colophon's fields, read here from editions.csv with a CSV parser of its own. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theReportEndsWithAColophonOfTheEditionsIdentifiersLicenceCitationAndContact(Language language)
            throws IOException {
        CSVRecord row;
        try (Reader reader = Files.newBufferedReader(Path.of("input/editions.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            row = parser.getRecords().stream().filter(r -> r.get("edition").equals("2026")).findFirst().orElseThrow();
        }
        Path report = output.resolve("report-" + language.code + ".pdf");
        new PdfReportWriter(PublicationTexts.load(PublisherPdfTest.TEMPLATES, language.code),
                Branding.load(PublisherPdfTest.TEMPLATES)).write(edition, report);
        List<String> pages = pages(report);
        String colophon = pages.get(pages.size() - 1);
        assertThat(colophon).contains(row.get("isbn"), "https://doi.org/" + row.get("doi"),
                row.get("catalogue_number"), "CC BY 4.0", row.get("contact"), "European AI Readiness Office",
                "European AI Readiness Office (2026). " + language.reportTitle + ". https://doi.org/"
                        + row.get("doi"));
        assertThat(colophon).contains(language == Language.EN ? "1 December 2026"
                : language == Language.DE ? "1. Dezember 2026" : "1 décembre 2026");
    }

    private static String point(Language language, double score, int year) {
        return String.format(language.altPoint, language.score(score), year);
    }

    private static List<Double> values(String indicator) {
        List<Double> values = new ArrayList<>();
        edition.ranking().forEach(r -> r.indicators().get(indicator).value().ifPresent(values::add));
        return values;
    }

    private static CountryResult result(String country) {
        return edition.ranking().stream().filter(r -> r.country().code().equals(country)).findFirst().orElseThrow();
    }

    private static Path file(String country, Language language) {
        return FILES.get(country + "-" + language.code);
    }

    /** The text of each page, white space (no-break spaces included) collapsed to single spaces. */
    private static List<String> pages(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip());
            }
        }
        return pages;
    }

    /** The smallest type size of a page, in points as set on the page, and the text shown in it. */
    private static final class SmallestType extends PDFTextStripper {

        float size = Float.MAX_VALUE;
        String text = "";
        int characters;

        SmallestType() throws IOException {
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                    continue;
                }
                characters++;
                // The size the glyph is drawn at on the page: the font size times the text and graphics matrices'
                // scaling, whatever the rotation. (getFontSizeInPt() truncates to whole points: 7.5 reads as 7.)
                float drawn = position.getXScale();
                if (drawn < size) {
                    size = drawn;
                    text = string;
                }
            }
            super.writeString(string, positions);
        }
    }
}
