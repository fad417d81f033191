package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.publication.report.PdfReportWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.Results;

/**
 * Reads the methodology and data annexes back from the PDF reports with PDFBox. Text is taken in the order it was
 * written, which keeps each table cell's text together and each row's cells in order (OpenPDF writes a page's
 * paragraphs before its tables); comparisons ignore white space, since a cell may wrap.
 */
class ReportAnnexesTest {

    static final Map<String, String> METHODOLOGY = Map.of("en", "Methodology annex", "de", "Methodischer Anhang",
            "fr", "Annexe méthodologique");
    /** The colophon, the chapter after the data annex. */
    static final Map<String, String> COLOPHON = Map.of("en", "About this publication", "de",
            "Über diese Veröffentlichung", "fr", "À propos de cette publication");
    static final Map<String, String> DATA = Map.of("en", "Data annex", "de", "Datenanhang", "fr",
            "Annexe des données");

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static PublishedEdition otherMethod;
    static final Map<String, List<String>> pages = new HashMap<>();
    static List<String> otherMethodPages;

    @BeforeAll
    static void publish() throws IOException {
        edition = SampleEdition.build();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("shipped"));
        for (String language : List.of("en", "de", "fr")) {
            pages.put(language, pageTexts(output.resolve("shipped/AIRI-2026-report-" + language + ".pdf")));
        }
        otherMethod = withOtherMethodAndATreatedValue(edition);
        Path other = output.resolve("other-method-report-en.pdf");
        new PdfReportWriter(PublicationTexts.load(PublisherPdfTest.TEMPLATES, "en"),
                Branding.load(PublisherPdfTest.TEMPLATES)).write(otherMethod, other);
        otherMethodPages = pageTexts(other);
    }

    @Test
    void theAnnexesComeAfterTheCountryPagesEachOnANewPage() throws IOException {
        List<String> english = pages.get("en");
        int methodology = firstPage(english, METHODOLOGY.get("en"));
        int data = firstPage(english, DATA.get("en"));
        ReportPdf report = ReportPdf.read(output.resolve("shipped/AIRI-2026-report-en.pdf"));
        List<ReportPdf.Bookmark> profiles = report.bookmark("Country profiles").children();
        assertThat(methodology + 1).isEqualTo(report.bookmark("Methodology annex").page())
                .isGreaterThan(profiles.get(profiles.size() - 1).page());
        assertThat(data).isGreaterThan(methodology);
        assertThat(english.get(data)).startsWith(DATA.get("en"));
    }

    @Test
    void theFrameworkListsEveryIndicatorWithUnitDirectionAndWeightAsInTheCodebook() {
        String annex = compact(methodologyAnnex("en"));
        for (Pillar pillar : edition.codebook().pillars()) {
            List<Indicator> indicators = edition.codebook().indicatorsOf(pillar.code());
            assertThat(annex).contains(compact(pillar.code() + " " + pillar.name() + " — weight 1 ("
                    + percent(1.0 / edition.codebook().pillars().size()) + " of the index)"));
            for (Indicator indicator : indicators) {
                String direction = indicator.direction() == eu.aireadiness.framework.Direction.POSITIVE
                        ? "Higher is better" : "Lower is better";
                String weight = plain(indicator.weight()) + " (" + percent(indicator.weight() / indicators.stream()
                        .mapToDouble(Indicator::weight).sum()) + ")";
                assertThat(annex).as(indicator.code()).contains(compact(indicator.code() + " " + indicator.name()
                        + " " + indicator.unit() + " " + direction + " " + weight));
            }
        }
        // The codebook's goalposts of a lower-is-better indicator: the floor (score 0) is the higher value.
        assertThat(annex).contains(compact("per million inhabitants 5 → 300"), compact("ratio Lower is better 1 (20%)"
                + " – 2 → 1.1"), compact("% of GDP Higher is better 1 (25%) % of GDP 0 → 0.3"));
        assertThat(annex).contains(compact("[2] Source of the 2030 target: Digital Decade 2030 target: 80% of adults"
                + " with at least basic digital skills"));
    }

    @Test
    void theMethodSentencesFollowTheMethodFile() {
        String shipped = compact(methodologyAnnex("en"));
        String other = compact(annex(otherMethodPages, METHODOLOGY.get("en"), DATA.get("en")));
        assertThat(shipped).contains(compact("scored from 0 to 100 between two fixed goalposts"),
                compact("weighted arithmetic mean of its indicators’ scores"), compact("Goalposts (score 0 → 100)"))
                .doesNotContain(compact("min-max normalisation"));
        assertThat(other).contains(compact("rescaled from 1 for the lowest value among the countries to 100 for the"
                        + " highest (min-max normalisation)"),
                compact("A pillar score is the weighted geometric mean of its indicators’ scores"),
                compact("The index score is the weighted geometric mean of the pillar scores"),
                compact("No uncertainty analysis was run for this edition"))
                .doesNotContain(compact("Goalposts (score 0 → 100)"), compact("between two fixed goalposts"));
    }

    @Test
    void carriedForwardMissingAndTreatedValuesAreCountedAndListed() {
        String shipped = compact(methodologyAnnex("en"));
        // Bulgaria (rejected) and Malta (not submitted) have all 30 values carried forward; Cyprus lacks GOV3.
        assertThat(shipped).contains(compact("Values in all: 810 (27 countries × 30 indicators); of these, carried"
                        + " forward from the previous edition: 60, missing: 1, changed by outlier treatment: 0."),
                compact("Bulgaria (България) all 30 indicators Malta all 30 indicators"),
                compact("Cyprus (Κύπρος) GOV3"), compact("Values changed by outlier treatment None."));
        String other = compact(annex(otherMethodPages, METHODOLOGY.get("en"), DATA.get("en")));
        assertThat(other).contains(compact("changed by outlier treatment: 1."),
                compact("Germany (Deutschland) INV1: 0.300 → 0.250"));
    }

    @Test
    void theCoherenceTablesPrintTheEditionsStatistics() {
        String annex = compact(methodologyAnnex("en"));
        for (Pillar pillar : edition.codebook().pillars()) {
            var aggregate = edition.coherence().aggregate(pillar.code());
            assertThat(annex).as(pillar.code()).contains(compact(pillar.code() + " " + pillar.name() + " "
                    + aggregate.childCount() + " " + aggregate.n() + " " + twoDecimals(aggregate.cronbachAlpha()) + " "
                    + twoDecimals(aggregate.firstComponentShare()) + " "
                    + twoDecimals(edition.coherence().correlation(pillar.code()).pearsonIndex())));
        }
        for (Indicator indicator : edition.codebook().indicators()) {
            var row = edition.coherence().correlation(indicator.code());
            assertThat(annex).as(indicator.code()).contains(compact(indicator.code() + " " + indicator.name() + " "
                    + indicator.pillar() + " " + twoDecimals(row.pearsonParent()) + " "
                    + twoDecimals(row.pearsonIndex())));
        }
        assertThat(annex).contains(compact("positive but below " + twoDecimals(edition.coherence().weakThreshold())));
    }

    @Test
    void theUncertaintyParagraphNamesTheReplicationsAndTheSeed() {
        String annex = methodologyAnnex("en");
        var spec = edition.uncertainty().orElseThrow();
        assertThat(annex).contains("recomputed " + String.format(java.util.Locale.ENGLISH, "%,d", spec.replications())
                + " times", "seed " + spec.seed(), "5th to the 95th percentile");
    }

    @Test
    void theDataAnnexHasOneLineForEachValueWithItsSourceAndSubmission() {
        String annex = dataAnnex("en");
        Matcher lines = Pattern.compile("\\b[A-Z]{2} (CMP|GRN|SKL|DAT|INV|GOV|ADO)\\d\\b").matcher(annex);
        assertThat(lines.results().count()).isEqualTo(27 * 30);
        String compact = compact(annex);
        // Countries in the alphabetical order of their English names (Czechia before Denmark, Germany after France).
        java.text.Collator english = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        List<CountryResult> byName = edition.ranking().stream()
                .sorted(Comparator.comparing((CountryResult r) -> r.country().englishName(), english)).toList();
        int previous = -1;
        for (CountryResult country : byName) {
            String code = country.country().code();
            int at = compact.indexOf(compact(code + " " + country.country().englishName()));
            assertThat(at).as("the group of " + code + " follows the previous country's").isGreaterThan(previous);
            previous = at;
            for (Indicator indicator : edition.codebook().indicators()) {
                IndicatorResult value = Results.indicator(country, indicator.code());
                String flag = switch (value.origin()) {
                    case REPORTED -> "";
                    case ESTIMATED -> "E";
                    case PROVISIONAL -> "P";
                    case CARRIED_FORWARD -> "H";
                    case MISSING -> "M";
                };
                String line = value.source().map(s -> code + " " + indicator.code() + " "
                        + published(value.value().getAsDouble(), indicator.decimals()) + " " + indicator.unit() + " "
                        + value.dataYear().getAsInt() + " " + flag + " " + s.source() + " " + s.fileName() + " "
                        + s.submissionVersion() + " " + s.row())
                        .orElse(code + " " + indicator.code() + " – " + indicator.unit() + " – M No value: left out"
                                + " of its pillar’s score.");
                assertThat(compact).as(code + " " + indicator.code()).contains(compact(line));
            }
        }
        // A carried-forward value comes from the previous edition's submission.
        assertThat(compact).contains(compact("BG CMP1"), compact("2025 H National statistical office, survey 2024"
                + " BG-2025-submission.csv 1 2"));
    }

    @Test
    void theThreeLanguagesDifferInTheirHeadingsAndAgreeOnEveryNumber() {
        Map<String, List<BigDecimal>> numbers = new LinkedHashMap<>();
        for (String language : List.of("en", "de", "fr")) {
            String methodology = methodologyAnnex(language);
            String data = dataAnnex(language);
            assertThat(methodology).startsWith(METHODOLOGY.get(language));
            assertThat(data).startsWith(DATA.get(language));
            PublicationTexts texts = PublicationTexts.load(PublisherPdfTest.TEMPLATES, language);
            // Column headers repeat on every page a table runs onto; pages break differently in each language.
            String body = (methodology + " " + data).replace(texts.text("annex.framework.goalposts") + " "
                    + texts.text("annex.framework.target"), " ");
            numbers.put(language, numbers(body, language));
        }
        assertThat(numbers.get("en")).hasSizeGreaterThan(27 * 30 * 4);
        assertThat(numbers.get("de")).isEqualTo(numbers.get("en"));
        assertThat(numbers.get("fr")).isEqualTo(numbers.get("en"));
        assertThat(methodologyAnnex("de")).contains("Höher ist besser", "Cronbachs Alpha");
        assertThat(methodologyAnnex("fr")).contains("Hausse", "Alpha de Cronbach");
    }

    /**
     * The same edition as if computed with min-max normalisation to [1, 100] and geometric means, without an
     * uncertainty analysis, and with one value (Germany, INV1) changed by outlier treatment.
     */
    private static PublishedEdition withOtherMethodAndATreatedValue(PublishedEdition shipped) {
        MethodSpec method = shipped.method();
        MethodSpec other = new MethodSpec(method.denominate(), method.impute(), method.screen(), method.treat(),
                NormaliseSpec.minMax(1, 100), new AggregateSpec(AggregateSpec.Mean.GEOMETRIC, Map.of()),
                method.rank(), method.weights());
        List<CountryResult> ranking = new ArrayList<>();
        for (CountryResult r : shipped.ranking()) {
            if (!r.country().code().equals("DE")) {
                ranking.add(r);
                continue;
            }
            Map<String, IndicatorResult> indicators = new LinkedHashMap<>(r.indicators());
            IndicatorResult inv1 = indicators.get("INV1");
            indicators.put("INV1", new IndicatorResult("INV1", inv1.submitted(), OptionalDouble.of(0.3),
                    OptionalDouble.of(0.25), inv1.score(), inv1.rank(), inv1.origin(), inv1.dataYear(), inv1.source()));
            ranking.add(new CountryResult(r.country(), r.rank(), r.indexScore(), r.rankInterval(),
                    r.previousIndexScore(), r.previousRank(), r.pillars(), indicators));
        }
        return new PublishedEdition(shipped.info(), shipped.previousEdition(), shipped.codebook(), ranking,
                shipped.euAverage(), shipped.submissions(), other, Optional.empty(), shipped.coherence());
    }

    static String methodologyAnnex(String language) {
        return annex(pages.get(language), METHODOLOGY.get(language), DATA.get(language));
    }

    static String dataAnnex(String language) {
        return annex(pages.get(language), DATA.get(language), COLOPHON.get(language));
    }

    /** The pages from the one that starts with {@code heading} to the one before {@code next}, without footers. */
    static String annex(List<String> pages, String heading, String next) {
        int first = firstPage(pages, heading);
        int end = next == null ? pages.size() : firstPage(pages, next);
        StringBuilder text = new StringBuilder();
        for (int page = first; page < end; page++) {
            String content = pages.get(page);
            // The footer (edition, notice, page number) is written last on every page.
            text.append(content, 0, content.lastIndexOf("AIRI 2026")).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    static int firstPage(List<String> pages, String heading) {
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).startsWith(heading)) {
                return page;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    /** The text of every page, in the order it was written. */
    static List<String> pageTexts(Path pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document).strip());
            }
        }
        return texts;
    }

    /** Every number of the text, read in the language's own format, without sign, in ascending order. */
    static List<BigDecimal> numbers(String text, String language) {
        // The Interinstitutional Style Guide: a comma in English, a non-breaking space in German and French.
        String grouping = language.equals("en") ? "," : "\u00A0";
        String decimal = language.equals("en") ? "\\." : ",";
        Matcher m = Pattern.compile("\\d{1,3}(?:" + grouping + "\\d{3})+(?:" + decimal + "\\d+)?|\\d+(?:" + decimal
                + "\\d+)?").matcher(text);
        List<BigDecimal> numbers = new ArrayList<>();
        while (m.find()) {
            String number = m.group().replaceAll(grouping, "").replace(decimal.equals(",") ? "," : ".", ".");
            numbers.add(new BigDecimal(number).stripTrailingZeros());
        }
        numbers.sort(Comparator.naturalOrder());
        return numbers;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A share as printed in English: 25%, 33.3%, 14.3%. */
    private static String percent(double share) {
        return new BigDecimal(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static String plain(double number) {
        return new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    /** A coefficient as printed: two decimals, rounded half up, a true minus sign. */
    private static String twoDecimals(double value) {
        BigDecimal rounded = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
        return (rounded.signum() < 0 ? "\u2212" : "") + rounded.abs().toPlainString();
    }

    /** A value as published: one to three decimals, rounded half up. */
    /** A value as printed in English, with its indicator's decimals from the codebook, thousands grouped. */
    private static String published(double value, int decimals) {
        return String.format(java.util.Locale.ENGLISH, "%,." + decimals + "f",
                new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP));
    }
}
