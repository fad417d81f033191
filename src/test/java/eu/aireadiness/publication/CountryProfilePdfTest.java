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
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import eu.aireadiness.publication.profile.CountryProfile;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/**
 * Reads the country profiles back with PDFBox and compares every number printed with the open-data CSV, formatted
 * here as each language prints it: one decimal for scores, up to three for values, half up, a decimal comma in
 * German and French.
 */
class CountryProfilePdfTest {

    /** What each language prints around the numbers, written out here rather than read from the templates. */
    enum Language {
        EN("en", '.', "Rank %d of 27", "Index score %s", "Index %s %d", "%s: indicators", "Strengths",
                "Weaknesses", "Strengths and weaknesses compare",
                "No current data (submission rejected: values failed validation)",
                "No current data (no submission received). The values of the 2025 edition are used instead",
                "reached", "Context"),
        DE("de", ',', "Rang %d von 27", "Indexwert %s", "Index %s %d", "%s: Indikatoren", "Stärken", "Schwächen",
                "Stärken und Schwächen vergleichen",
                "Keine aktuellen Daten (Übermittlung abgelehnt: Werte fehlerhaft)",
                "Keine aktuellen Daten (keine Übermittlung eingegangen). Stattdessen werden die Werte der Ausgabe 2025"
                        + " verwendet",
                "erreicht", "Rahmendaten"),
        FR("fr", ',', "Rang %d sur 27", "Score de l’indice %s", "Indice %s %d", "%s : indicateurs", "Points forts",
                "Points faibles", "Les points forts et les points faibles comparent",
                "Pas de données actuelles (transmission rejetée : valeurs non validées)",
                "Pas de données actuelles (aucune transmission reçue). Les valeurs de l’édition 2025 sont utilisées à"
                        + " la place",
                "atteint", "Contexte");

        final String code;
        final char decimal;
        final String rank;
        final String index;
        final String indexRow;
        final String indicatorHeading;
        final String strengths;
        final String weaknesses;
        final String highlightsNote;
        final String rejected;
        final String notSubmitted;
        final String reached;
        final String context;

        Language(String code, char decimal, String rank, String index, String indexRow, String indicatorHeading,
                 String strengths, String weaknesses, String highlightsNote, String rejected, String notSubmitted,
                 String reached, String context) {
            this.code = code;
            this.decimal = decimal;
            this.rank = rank;
            this.index = index;
            this.indexRow = indexRow;
            this.indicatorHeading = indicatorHeading;
            this.strengths = strengths;
            this.weaknesses = weaknesses;
            this.highlightsNote = highlightsNote;
            this.rejected = rejected;
            this.notSubmitted = notSubmitted;
            this.reached = reached;
            this.context = context;
        }

        String score(String csvNumber) {
            return csvNumber.isEmpty() ? NumberText.ABSENT : score(Double.parseDouble(csvNumber));
        }

        String score(double score) {
            return local(new BigDecimal(score).setScale(1, RoundingMode.HALF_UP));
        }

        /** A value with the decimals the codebook sets for its indicator. */
        String value(double value, int decimals) {
            return local(new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP));
        }

        String value(String csvNumber, int decimals) {
            return csvNumber.isEmpty() ? NumberText.ABSENT : value(Double.parseDouble(csvNumber), decimals);
        }

        /** A share of the way to the target, one decimal: "45.1%" in English, "45,1 %" in German and French. */
        String percent(double share) {
            return local(new BigDecimal(share * 100).setScale(1, RoundingMode.HALF_UP)) + (decimal == '.' ? "%" : " %");
        }

        /**
         * The number as the page reads: in English with a comma between thousands; in German and French the
         * grouping space is dropped by {@link #pages}.
         */
        private String local(BigDecimal number) {
            String plain = number.toPlainString();
            if (decimal == '.') {
                int point = plain.indexOf('.') < 0 ? plain.length() : plain.indexOf('.');
                StringBuilder whole = new StringBuilder(plain.substring(0, point));
                for (int i = whole.length() - 3; i > (whole.charAt(0) == '-' ? 1 : 0); i -= 3) {
                    whole.insert(i, ',');
                }
                return whole + plain.substring(point);
            }
            return plain.replace('.', decimal);
        }
    }

    /** Where a row of the pillar or indicator table ends: the next code of the framework, or the legend. */
    static Pattern nextRow;
    private static final Map<Path, List<String>> PAGES = new HashMap<>();

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static List<Path> published;
    /** The CSV's rows by country, then by code and measure ("INDEX/SCORE", "CMP1/VALUE"...). */
    static Map<String, Map<String, CSVRecord>> csv = new HashMap<>();

    @BeforeAll
    static void publish() throws IOException {
        edition = SampleEdition.build();
        nextRow = Pattern.compile(" (?:" + String.join("|", Stream.concat(
                edition.codebook().indicators().stream().map(i -> i.code()),
                edition.codebook().pillars().stream().map(p -> p.code())).toList())
                + ") | (?:Flags|Kennzeichen|Codes de statut) ?:");
        published = new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        try (Reader reader = Files.newBufferedReader(output.resolve("2026/AIRI-2026-scores.csv"),
                StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                csv.computeIfAbsent(record.get("REF_AREA"), k -> new LinkedHashMap<>())
                        .put(record.get("CODE") + "/" + record.get("MEASURE"), record);
            }
        }
    }

    @Test
    void everyCountryHasAProfileInEveryLanguageOfExactlyFourPages() throws IOException {
        List<Path> profiles;
        try (Stream<Path> files = Files.list(output.resolve("2026/profiles"))) {
            profiles = files.sorted().toList();
        }
        assertThat(profiles).hasSize(27 * 3);
        for (String country : csv.keySet()) {
            for (Language language : Language.values()) {
                Path profile = profile(country, language);
                assertThat(profile).as("profile of %s in %s", country, language.code).exists();
                assertThat(published).contains(profile);
                try (PDDocument document = Loader.loadPDF(profile.toFile())) {
                    assertThat(document.getNumberOfPages()).as(profile.getFileName().toString()).isEqualTo(4);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void rankIndexAndPillarScoresMatchTheOpenData(Language language) throws IOException {
        for (Map.Entry<String, Map<String, CSVRecord>> country : csv.entrySet()) {
            Map<String, CSVRecord> rows = country.getValue();
            String overview = pages(profile(country.getKey(), language)).get(0);
            CSVRecord index = rows.get("INDEX/SCORE");
            int rank = Integer.parseInt(index.get("RANK"));
            String score = language.score(index.get("OBS_VALUE"));
            assertThat(overview).as(country.getKey())
                    .contains(String.format(language.rank.replace("%d", SampleEdition.flagged(country.getKey(), "%d")),
                            rank), String.format(language.index, score),
                            String.format(language.indexRow, score, rank));
            int from = overview.indexOf(String.format(language.indexRow, score, rank));
            for (var pillar : edition.codebook().pillars()) {
                CSVRecord row = rows.get(pillar.code() + "/SCORE");
                String segment = segment(overview, pillar.code() + " ", from);
                assertThat(segment).as("%s %s", country.getKey(), pillar.code())
                        .contains(" " + language.score(row.get("OBS_VALUE")) + " " + row.get("RANK") + " ");
                from = overview.indexOf(segment.strip(), from) + segment.length() - 1;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyIndicatorsValueScoreRankAndFlagMatchTheOpenData(Language language) throws IOException {
        Map<String, Long> ranked = new HashMap<>();
        for (var indicator : edition.codebook().indicators()) {
            ranked.put(indicator.code(), csv.values().stream()
                    .filter(rows -> !rows.get(indicator.code() + "/SCORE").get("RANK").isEmpty()).count());
        }
        Map<String, String> flags = Map.of("REPORTED", "", "ESTIMATED", "E", "PROVISIONAL", "P",
                "CARRIED_FORWARD", "H", "MISSING", "M");
        for (Map.Entry<String, Map<String, CSVRecord>> country : csv.entrySet()) {
            Map<String, CSVRecord> rows = country.getValue();
            String indicators = indicatorPages(profile(country.getKey(), language));
            int from = 0;
            for (var indicator : edition.codebook().indicators()) {
                CSVRecord value = rows.get(indicator.code() + "/VALUE");
                CSVRecord score = rows.get(indicator.code() + "/SCORE");
                String segment = segment(indicators, indicator.code() + " ", from);
                from = indicators.indexOf(segment.strip(), from) + segment.length() - 1;
                String position = score.get("RANK").isEmpty() ? NumberText.ABSENT
                        : score.get("RANK") + "/" + ranked.get(indicator.code());
                String flag = flags.get(score.get("FLAG"));
                assertThat(segment).as("%s %s in %s", country.getKey(), indicator.code(), language.code)
                        .contains(" " + language.value(value.get("OBS_VALUE"), indicator.decimals()) + " ",
                                " " + language.score(score.get("OBS_VALUE")) + " " + position + " ");
                if (!flag.isEmpty()) {
                    assertThat(segment).as("%s %s flag", country.getKey(), indicator.code())
                            .containsPattern(Pattern.quote(position) + " .*\\b" + flag + "\\b");
                }
                if (indicator.target2030().isPresent() && !value.get("OBS_VALUE").isEmpty()) {
                    // The share of the way from the goal floor to the target still to cover (every target of the
                    // sample codebook is on an indicator where more is better, whose floor is its low goalpost).
                    double target = indicator.target2030().getAsDouble();
                    double floor = indicator.goalposts().low();
                    double share = (target - Double.parseDouble(value.get("OBS_VALUE"))) / (target - floor);
                    assertThat(segment).as("%s %s target", country.getKey(), indicator.code())
                            .contains(language.value(target, indicator.decimals()) + " "
                                    + (share <= 0 ? language.reached : language.percent(Math.min(1, share))));
                }
            }
        }
    }

    @Test
    void theThreeLanguagesDifferInTheirLabelsAndAgreeOnEveryNumber() throws IOException {
        for (String country : csv.keySet()) {
            Map<Language, List<String>> pages = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                pages.put(language, pages(profile(country, language)));
            }
            for (int page = 0; page < 4; page++) {
                List<String> english = numbers(withoutContext(pages.get(Language.EN).get(page), Language.EN),
                        Language.EN);
                assertThat(english).as("numbers on page %d of %s", page + 1, country).hasSizeGreaterThan(10);
                for (Language language : List.of(Language.DE, Language.FR)) {
                    assertThat(numbers(withoutContext(pages.get(language).get(page), language), language))
                            .as("numbers on page %d of %s in %s", page + 1, country, language.code)
                            .isEqualTo(english);
                }
            }
            for (Language language : Language.values()) {
                String overview = pages.get(language).get(1);
                assertThat(overview).contains(language.strengths, language.weaknesses, language.highlightsNote);
                for (Language other : Language.values()) {
                    if (other != language) {
                        assertThat(overview).as("%s in %s", country, language.code)
                                .doesNotContain(other.highlightsNote);
                    }
                }
            }
        }
        assertThat(pages(profile("DE", Language.EN)).get(2)).contains(" Germany (Deutschland): indicators Code");
        assertThat(pages(profile("DE", Language.DE)).get(2)).contains(" Deutschland: Indikatoren Code");
        assertThat(pages(profile("DE", Language.FR)).get(2)).contains(" Allemagne (Deutschland) : indicateurs Code");
        assertThat(pages(profile("EL", Language.DE)).get(0)).contains(" Griechenland (Ελλάδα) Rang ");
    }

    /** The strengths are worked out here from the CSV: the highest scores above the country's mean, and so on. */
    @Test
    void theStrengthsAndWeaknessesAreTheIndicatorsFurthestFromTheCountrysOwnMean() throws IOException {
        for (Map.Entry<String, Map<String, CSVRecord>> country : csv.entrySet()) {
            List<Map.Entry<String, Double>> scores = new ArrayList<>();
            for (var indicator : edition.codebook().indicators()) {
                String score = country.getValue().get(indicator.code() + "/SCORE").get("OBS_VALUE");
                if (!score.isEmpty()) {
                    scores.add(Map.entry(indicator.code(), Double.parseDouble(score)));
                }
            }
            double mean = scores.stream().mapToDouble(Map.Entry::getValue).sum() / scores.size();
            List<String> strengths = scores.stream().filter(s -> s.getValue() > mean)
                    .sorted(Comparator.comparing(Map.Entry<String, Double>::getValue).reversed()).limit(3)
                    .map(Map.Entry::getKey).toList();
            List<String> weaknesses = scores.stream().filter(s -> s.getValue() < mean)
                    .sorted(Comparator.comparing(Map.Entry::getValue)).limit(3).map(Map.Entry::getKey).toList();
            for (Language language : Language.values()) {
                String overview = pages(profile(country.getKey(), language)).get(1);
                // The tables' headers are the last "Strengths" and "Weaknesses" before the note explaining them.
                int end = overview.indexOf(language.highlightsNote);
                int middle = overview.lastIndexOf(language.weaknesses + " ", end);
                int start = overview.lastIndexOf(language.strengths + " ", middle);
                assertThat(codes(overview.substring(start, middle))).as(country.getKey()).isEqualTo(strengths);
                assertThat(codes(overview.substring(middle, end))).as(country.getKey()).isEqualTo(weaknesses);
                assertThat(overview.substring(end)).contains(" " + scores.size() + " ", language.score(mean));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aCarriedForwardCountryShowsItsFlagsDataYearAndTheReason(Language language) throws IOException {
        for (String country : List.of(SampleEdition.REJECTED, SampleEdition.NOT_SUBMITTED)) {
            List<String> pages = pages(profile(country, language));
            assertThat(pages.get(1)).contains(country.equals(SampleEdition.REJECTED)
                    ? language.rejected : language.notSubmitted);
            String indicators = indicatorPages(profile(country, language));
            int from = 0;
            for (var indicator : edition.codebook().indicators()) {
                String segment = segment(indicators, indicator.code() + " ", from);
                from = indicators.indexOf(segment.strip(), from) + segment.length() - 1;
                assertThat(segment).as("%s %s", country, indicator.code()).endsWith(" H 2025 ");
            }
        }
        assertThat(String.join(" ", pages(profile(SampleEdition.REJECTED, language))))
                .doesNotContain("BG-2026-submission", "134'");
        if (language == Language.EN) {
            assertThat(pages(profile(SampleEdition.REJECTED, language)).get(1)).contains("Values by origin: reported 0"
                    + " · estimated (E) 0 · provisional (P) 0 · carried forward (H) 30 · missing (M) 0.");
        }
        assertThat(indicatorPages(profile("DE", language))).doesNotContain(" H 2025");
    }

    @Test
    void aMissingValueIsFlaggedAndLeavesTheOthersRankedAmong26() throws IOException {
        String cyprus = indicatorPages(profile(SampleEdition.MISSING_COUNTRY, Language.EN));
        String missing = segment(cyprus, SampleEdition.MISSING_INDICATOR + " ", 0);
        assertThat(missing).containsPattern(" – \\d+ count – – M");
        assertThat(pages(profile(SampleEdition.MISSING_COUNTRY, Language.EN)).get(1)).containsPattern(
                "Values by origin: reported \\d+ · estimated \\(E\\) \\d+ · provisional \\(P\\) \\d+ · carried forward"
                        + " \\(H\\) 0 · missing \\(M\\) 1\\.");
        String germany = indicatorPages(profile("DE", Language.EN));
        assertThat(segment(germany, SampleEdition.MISSING_INDICATOR + " ", 0)).containsPattern(" \\d+/26 ");
    }

    @Test
    void aCountryWithoutAPreviousScoreShowsADashAndNoRankChange() throws IOException {
        String croatia = pages(profile(SampleEdition.WITHOUT_PREVIOUS, Language.EN)).get(0);
        assertThat(croatia).contains("Change since the 2025 edition – Rank interval:");
        String germany = pages(profile("DE", Language.EN)).get(0);
        assertThat(germany).containsPattern("Change since the 2025 edition [+-]\\d+\\.\\d Rank \\d+ → \\d+ ");
    }

    @Test
    void theMetadataNameTheCountryAndTheEditionAndCarryOnlyThePublicationDate() throws IOException {
        Map<Language, String> titles = Map.of(Language.EN,
                "Greece — Country profile — European AI Readiness Index 2026",
                Language.DE, "Griechenland — Länderprofil — Europäischer Index der KI-Bereitschaft 2026",
                Language.FR, "Grèce — Profil de pays — Indice européen de préparation à l’IA 2026");
        for (Language language : Language.values()) {
            try (PDDocument document = Loader.loadPDF(profile("EL", language).toFile())) {
                var info = document.getDocumentInformation();
                assertThat(info.getTitle()).isEqualTo(titles.get(language));
                assertThat(info.getAuthor()).isEqualTo("European AI Readiness Office");
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.code);
                Calendar created = info.getCreationDate();
                created.setTimeZone(TimeZone.getTimeZone("UTC"));
                assertThat(List.of(created.get(Calendar.YEAR), created.get(Calendar.MONTH),
                        created.get(Calendar.DAY_OF_MONTH))).containsExactly(2026, Calendar.DECEMBER, 1);
            }
        }
    }

    /** The report prints the same profiles, in rank order, four pages each. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theReportHoldsEveryProfileInRankOrderOnFourPages(Language language) throws IOException {
        List<String> report = pages(output.resolve("2026/AIRI-2026-report-" + language.code + ".pdf"));
        PublicationTexts texts = PublicationTexts.load(PublisherPdfTest.TEMPLATES, language.code);
        int previous = -1;
        for (CountryResult result : edition.ranking()) {
            String heading = texts.countryWithOwnName(result.country());
            String rank = String.format(language.rank.replace("%d", SampleEdition.flagged(result.country().code(),
                    "%d")), result.rank());
            int page = indexOf(report, p -> p.contains(" " + heading + " ") && p.contains(rank));
            assertThat(page).as("the profile of %s in the report", result.country().code()).isPositive();
            if (previous >= 0) {
                assertThat(page).as("%s follows the previous profile", result.country().code())
                        .isEqualTo(previous + CountryProfile.PAGES);
            }
            assertThat(report.get(page + 2)).contains(" " + String.format(language.indicatorHeading, heading) + " ");
            assertThat(report.get(page)).isEqualTo(pages(profile(result.country().code(), language)).get(0)
                    .replaceAll("Page 1$", "Page " + (page + 1)).replaceAll("Seite 1$", "Seite " + (page + 1)));
            previous = page;
        }
    }

    private static Path profile(String country, Language language) {
        return output.resolve("2026/profiles/AIRI-2026-" + country + "-" + language.code + ".pdf");
    }

    /** The text of each page, white space (no-break spaces included) collapsed to single spaces; read once. */
    static List<String> pages(Path pdf) throws IOException {
        List<String> known = PAGES.get(pdf);
        if (known != null) {
            return known;
        }
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("(?<=\\d)\u00A0(?=\\d)", "").replace('\u00A0', ' ')
                        .replaceAll("\\s+", " ").strip());
            }
        }
        PAGES.put(pdf, List.copyOf(pages));
        return pages;
    }

    /**
     * The rows of the two indicator pages as one text: each page from its first pillar to its footer, so that the
     * last row of the first page is followed by the first pillar of the second.
     */
    static String indicatorPages(Path pdf) throws IOException {
        List<String> pages = pages(pdf);
        StringBuilder text = new StringBuilder();
        for (String page : pages.subList(2, 4)) {
            Matcher firstRow = nextRow.matcher(page);
            assertThat(firstRow.find()).as("a pillar on an indicator page of %s", pdf.getFileName()).isTrue();
            text.append(page, firstRow.start(), page.lastIndexOf(" AIRI 2026 "));
        }
        return text.toString();
    }

    /**
     * The page without the context figures, the only numbers whose digits are grouped differently in each language
     * ("83,577,140", "83.577.140", "83 577 140"): their amounts are checked against the reference data elsewhere.
     */
    private static String withoutContext(String page, Language language) {
        int context = page.indexOf(" " + language.context + " ");
        return context < 0 ? page : page.substring(0, context);
    }

    /**
     * From {@code start} (searched from {@code from}) to the next indicator or pillar code, or the legend, with a
     * space at the end so that its last number can be looked for as a word.
     */
    private static String segment(String page, String start, int from) {
        int begin = page.indexOf(start, from);
        assertThat(begin).as("'%s' on the page after position %d", start, from).isNotNegative();
        Matcher next = nextRow.matcher(page);
        int end = next.find(begin + start.length()) ? next.start() : page.length();
        return page.substring(begin, end) + " ";
    }

    private static List<String> codes(String text) {
        return Pattern.compile("\\b[A-Z]{3}\\d\\b").matcher(text).results().map(m -> m.group()).toList();
    }

    /** The numbers a reader compares: decimals, changes, positions and rank intervals, decimal comma read as point. */
    private static List<String> numbers(String page, Language language) {
        // English groups thousands with a comma ("1,000"), German and French with a space that pages() dropped.
        String ungrouped = language == Language.EN ? page.replaceAll("(?<=\\d),(?=\\d{3}(?!\\d))", "") : page;
        return Pattern.compile("[+-]?\\d+[.,]\\d+|\\d+/\\d+|\\d+–\\d+|\\d+ → \\d+").matcher(ungrouped).results()
                .map(m -> m.group().replace(',', '.')).toList();
    }

    private static int indexOf(List<String> pages, java.util.function.Predicate<String> test) {
        for (int i = 0; i < pages.size(); i++) {
            if (test.test(pages.get(i))) {
                return i;
            }
        }
        return -1;
    }

}
