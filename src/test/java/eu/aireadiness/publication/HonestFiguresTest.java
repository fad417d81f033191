package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.aireadiness.bench.ShippedEdition;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.FileIntake;
import eu.aireadiness.intake.SubmissionLimits;
import eu.aireadiness.results.NoCurrentData;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.ValidationReport;

/**
 * Publishes the 2026 edition of the shipped sample input, in which Hungary sent nothing and Slovakia's file was
 * rejected, and reads every public file back: both countries are flagged wherever a rank or a change appears, with
 * the legend, no change of 0.0, the translated reason code, and nowhere the intake's message to the officer.
 */
class HonestFiguresTest {

    static final String NOT_SUBMITTED = "HU";
    static final String REJECTED = "SK";
    static final String REJECTED_FILE = "SK_AIRI_2026.csv";

    /** What each language prints, written out here rather than read from the templates. */
    enum Language {
        EN("en", "Hungary", "Slovakia", "not comparable", "no submission received",
                "submission rejected: values failed validation", "No current data for this edition:", "Ranking",
                "Index score by country", "Results by pillar", "Key findings", "Data coverage",
                "Changes since the 2025 edition", "no current data: not comparable",
                "Compared with the 2025 edition: %d of the %d ranked countries. Without current data, and so not"
                        + " compared (2): %s.", " and ", "index score fell.", "0.0"),
        DE("de", "Ungarn", "Slowakei", "nicht vergleichbar", "keine Übermittlung eingegangen",
                "Übermittlung abgelehnt: Werte fehlerhaft",
                "Keine aktuellen Daten für diese Ausgabe:", "Rangfolge", "Indexwert nach Land",
                "Ergebnisse nach Säulen", "Wichtigste Ergebnisse", "Datenabdeckung",
                "Veränderungen gegenüber der Ausgabe 2025", "keine aktuellen Daten: nicht vergleichbar",
                "Verglichen mit der Ausgabe 2025: %d der %d Länder im Ranking. Ohne aktuelle Daten und daher nicht"
                        + " verglichen (2): %s.", " und ", "Indexwert gesunken.", "0,0"),
        FR("fr", "Hongrie", "Slovaquie", "non comparable", "aucune transmission reçue",
                "transmission rejetée : valeurs non validées", "Pas de données actuelles pour la présente édition :",
                "Classement", "Score de l’indice par pays", "Résultats par pilier", "Principaux résultats",
                "Couverture des données", "Évolutions depuis l’édition 2025",
                "pas de données actuelles : non comparable",
                "Comparés avec l’édition 2025 : %d des %d pays classés. Sans données actuelles, et donc non comparés"
                        + " (2) : %s.", " et ", "score de l’indice diminuer.", "0,0");

        final String code;
        final String hungary;
        final String slovakia;
        final String notComparable;
        final String noSubmission;
        final String rejectedValues;
        final String legend;
        final String ranking;
        final String map;
        final String pillars;
        final String findings;
        final String coverage;
        final String changes;
        final String profileChange;
        final String counted;
        final String and;
        final String noFallEnding;
        final String zero;

        Language(String code, String hungary, String slovakia, String notComparable, String noSubmission,
                 String rejectedValues, String legend, String ranking, String map, String pillars, String findings,
                 String coverage, String changes, String profileChange, String counted, String and,
                 String noFallEnding, String zero) {
            this.code = code;
            this.hungary = hungary;
            this.slovakia = slovakia;
            this.notComparable = notComparable;
            this.noSubmission = noSubmission;
            this.rejectedValues = rejectedValues;
            this.legend = legend;
            this.ranking = ranking;
            this.map = map;
            this.pillars = pillars;
            this.findings = findings;
            this.coverage = coverage;
            this.changes = changes;
            this.profileChange = profileChange;
            this.counted = counted;
            this.and = and;
            this.noFallEnding = noFallEnding;
            this.zero = zero;
        }

        List<String> flagged() {
            return List.of(hungary, slovakia);
        }

        /** "Slovakia (submission rejected: …) and Hungary (no submission received)", in rank order. */
        String entries() {
            List<String> entries = edition.ranking().stream().map(r -> r.country().code())
                    .filter(c -> c.equals(NOT_SUBMITTED) || c.equals(REJECTED))
                    .map(c -> c.equals(NOT_SUBMITTED) ? hungary + " (" + noSubmission + ")"
                            : slovakia + " (" + rejectedValues + ")").toList();
            return entries.get(0) + and + entries.get(1);
        }
    }

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static Path published;
    static ValidationReport rejection;
    static final Map<Language, ReportPdf> reports = new HashMap<>();

    @BeforeAll
    static void publish() throws IOException {
        edition = ShippedEdition.load(Path.of("input"), 2026).edition();
        published = output.resolve("2026");
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, published);
        for (Language language : Language.values()) {
            reports.put(language, ReportPdf.read(published.resolve("AIRI-2026-report-" + language.code + ".pdf")));
        }
        // What the intake tells Slovakia's officer about the rejected file: none of it may reach a public file.
        InputFolder folder = new InputFolder(Path.of("input"));
        Framework framework = folder.load();
        SubmissionFile file = DropFolders.files(folder, framework.countries()).stream()
                .filter(f -> f.fileName().equals(REJECTED_FILE)).findFirst().orElseThrow();
        rejection = new FileIntake(framework, SubmissionLimits.DEFAULT).check(file, file.path(),
                (country, year, indicator) -> OptionalDouble.empty(), observation -> { });
    }

    @Test
    void theModelSaysWhoHasNoCurrentDataAndWhy() {
        assertThat(rejection.accepted()).isFalse();
        assertThat(edition.noCurrentData(NOT_SUBMITTED)).contains(NoCurrentData.NO_SUBMISSION);
        assertThat(edition.noCurrentData(REJECTED)).contains(NoCurrentData.REJECTED_VALUES);
        assertThat(edition.ranking()).filteredOn(r -> !edition.hasCurrentData(r.country().code()))
                .extracting(r -> r.country().code()).containsExactlyInAnyOrder(NOT_SUBMITTED, REJECTED);
        assertThat(edition.submissions()).filteredOn(s -> !s.current())
                .allSatisfy(s -> assertThat(s.fileName()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theRankingFlagsBothCountriesAndPrintsNoChange(Language language) {
        String page = chapter(language, language.ranking);
        for (String country : language.flagged()) {
            String line = line(page, country);
            // The change is the last column: "not comparable", never a number.
            assertThat(line).contains(country + " ").contains("*").endsWith(" " + language.notComparable);
        }
        assertThat(flat(page)).contains("* " + language.legend + " " + language.entries() + ".");
        assertThat(flaggedLines(page)).as("only the two countries are flagged").hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPillarTableFlagsBothCountriesWithTheLegend(Language language) {
        ReportPdf report = reports.get(language);
        ReportPdf.Bookmark pillars = report.bookmark(language.pillars);
        assertThat(pillars.children()).hasSize(edition.codebook().pillars().size());
        for (ReportPdf.Bookmark pillar : pillars.children()) {
            String page = report.page(pillar.page());
            for (String country : language.flagged()) {
                // Rank, name and flag, pillar score, then the change: "not comparable", never a number.
                assertThat(line(page, country)).as(pillar.title()).matches("\\d+ " + Pattern.quote(country)
                        + " .*\\* \\d+[.,]\\d " + Pattern.quote(language.notComparable) + " .*");
            }
            assertThat(flat(page)).as(pillar.title()).contains(language.legend);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMapPageNamesTheFlaggedCountriesWithTheirReasons(Language language) {
        String page = flat(chapter(language, language.map));
        assertThat(page).contains("* " + language.legend + " " + language.entries() + ".");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theKeyFindingsCountTheCountriesWithoutCurrentDataApart(Language language) {
        String page = flat(chapter(language, language.findings));
        // A country is compared when it has current data (the two sample countries have none) and a previous
        // score.
        int ranked = edition.ranking().size();
        long compared = edition.ranking().stream()
                .filter(r -> !List.of(NOT_SUBMITTED, REJECTED).contains(r.country().code()))
                .filter(r -> r.previousIndexScore().isPresent()).count();
        assertThat(page).contains(String.format(language.counted, compared, ranked, language.entries()));
        assertThat(compared).isEqualTo(ranked - 2);
        assertThat(page).doesNotContain(switch (language) {
            case EN -> "No country’s " + language.noFallEnding;
            case DE -> "Bei keinem Land ist der " + language.noFallEnding;
            case FR -> "Aucun pays n’a vu son " + language.noFallEnding;
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCoverageLineGivesTheReasonCodeAndWhatIsUsedInstead(Language language) {
        String page = flat(chapter(language, language.coverage));
        assertThat(page).contains(language.noSubmission + ")", language.rejectedValues + ")",
                switch (language) {
                    case EN -> "The values of the 2025 edition are used instead";
                    case DE -> "Stattdessen werden die Werte der Ausgabe 2025 verwendet";
                    case FR -> "Les valeurs de l’édition 2025 sont utilisées à la place";
                });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theProfilesKeyFiguresAndPillarTableShowTheFlagAndNoChange(Language language) throws IOException {
        ReportPdf report = reports.get(language);
        for (String country : language.flagged()) {
            int page = report.bookmarks().stream().flatMap(b -> b.children().stream())
                    .filter(c -> c.title().startsWith(country + " (")).findFirst().orElseThrow().page();
            assertProfile(report.page(page), language, country);
        }
        for (String code : List.of(NOT_SUBMITTED, REJECTED)) {
            ReportPdf single = ReportPdf.read(profileFile(code, language));
            assertProfile(single.page(1), language, code.equals(NOT_SUBMITTED) ? language.hungary : language.slovakia);
        }
    }

    /**
     * The key figures say "no current data: not comparable", the line below them gives the reason code, and every
     * change of the pillar table is the flag.
     */
    private static void assertProfile(String page, Language language, String country) {
        assertThat(flat(page)).as(country).contains("* " + language.profileChange, " "
                + (country.equals(language.hungary) ? language.noSubmission : language.rejectedValues) + ". ");
        List<String> lines = page.lines().toList();
        for (var pillar : edition.codebook().pillars()) {
            int first = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith(pillar.code() + " "))
                    .findFirst().orElseThrow(() -> new AssertionError("no pillar row " + pillar.code() + " in\n"
                            + page));
            // A long pillar name wraps over two lines: the row's figures are on the first line that has a number.
            String row = IntStream.range(first, lines.size()).mapToObj(lines::get).map(String::strip)
                    .filter(l -> l.matches(".*\\d.*")).findFirst().orElseThrow();
            assertThat(row).as(country + " " + pillar.code()).endsWith(" *");
        }
    }

    @Test
    void theWorkbookFlagsBothCountriesOnTheRankingAndPillarsSheets() throws IOException {
        try (InputStream in = Files.newInputStream(published.resolve("AIRI-2026-results-en.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet ranking = workbook.getSheet("Ranking");
            int reasonColumn = column(ranking, "No current data: reason");
            int changeColumn = column(ranking, "Change since the 2025 edition");
            for (int r = 1; r <= edition.ranking().size(); r++) {
                Row row = ranking.getRow(r);
                String code = row.getCell(1).getStringCellValue();
                Cell change = row.getCell(changeColumn);
                Cell reason = row.getCell(reasonColumn);
                switch (code) {
                    case NOT_SUBMITTED -> {
                        assertThat(change.getStringCellValue()).isEqualTo("not comparable");
                        assertThat(reason.getStringCellValue()).isEqualTo("* no submission received");
                    }
                    case REJECTED -> {
                        assertThat(change.getStringCellValue()).isEqualTo("not comparable");
                        assertThat(reason.getStringCellValue())
                                .isEqualTo("* submission rejected: values failed validation");
                    }
                    default -> {
                        assertThat(change.getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(reason).isNull();
                    }
                }
            }
            assertThat(ranking.getRow(edition.ranking().size() + 1).getCell(0).getStringCellValue())
                    .startsWith("* No current data for this edition: " + Language.EN.entries() + ".");
            Sheet pillars = workbook.getSheet("Pillars");
            int pillarReason = column(pillars, "No current data: reason");
            List<String> flagged = new ArrayList<>();
            for (int r = 1; r <= edition.ranking().size(); r++) {
                Row row = pillars.getRow(r);
                if (row.getCell(pillarReason) != null) {
                    flagged.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(flagged).containsExactlyInAnyOrder(NOT_SUBMITTED, REJECTED);
        }
    }

    @Test
    void theOpenDataFileGivesTheReasonCodeOnEveryRowOfBothCountries() throws IOException {
        try (Reader reader = Files.newBufferedReader(published.resolve("AIRI-2026-scores.csv"),
                StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser.getRecords()) {
                String expected = switch (record.get("REF_AREA")) {
                    case NOT_SUBMITTED -> "NO_SUBMISSION";
                    case REJECTED -> "REJECTED_VALUES";
                    default -> "";
                };
                assertThat(record.get("NO_CURRENT_DATA")).isEqualTo(expected);
                if (!record.get("LEVEL").equals("1")) {
                    assertThat(record.get("FLAG")).isEqualTo(expected.isEmpty() ? "" : "CARRIED_FORWARD");
                }
            }
        }
    }

    @Test
    void noPublicFileCarriesTheIntakesMessageTheRejectedFilesNameOrItsRows() throws IOException {
        List<String> forbidden = new ArrayList<>(List.of(REJECTED_FILE, "SK_AIRI_2026", rejection.rejectionSummary()));
        List<Pattern> located = new ArrayList<>();
        for (ValidationProblem problem : rejection.problems()) {
            forbidden.add(problem.message());
            // The message's own wording, up to its first quoted value, in case a page breaks the rest.
            forbidden.add(problem.message().substring(0, Math.min(40, problem.message().length())));
            if (problem.row() > 0) {
                located.add(Pattern.compile("\\brow\\s+" + problem.row() + "\\b", Pattern.CASE_INSENSITIVE));
            }
            if (!problem.column().isEmpty()) {
                located.add(Pattern.compile("column\\s+'" + Pattern.quote(problem.column()) + "'"));
            }
        }
        assertThat(rejection.problems()).isNotEmpty();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(published)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(80);
        for (Path file : files) {
            String text = publicText(file);
            String flat = text.replaceAll("\\s+", " ");
            for (String phrase : forbidden) {
                assertThat(flat).as(published.relativize(file).toString()).doesNotContain(phrase.replaceAll("\\s+", " "));
            }
            for (Pattern pattern : located) {
                assertThat(pattern.matcher(flat).find()).as(published.relativize(file) + " " + pattern).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theChangesChapterIsInTheContentsAndOutline(Language language) throws IOException {
        ReportPdf report = reports.get(language);
        ReportPdf.Bookmark changes = report.bookmark(language.changes);
        assertThat(report.page(2)).contains(language.changes);
        assertThat(report.page(changes.page())).startsWith(language.changes);
        assertThat(report.bookmarks().indexOf(changes))
                .isEqualTo(report.bookmarks().indexOf(report.bookmark(language.map)) + 1);
    }

    @Test
    void theChangesChapterListsTheMovesBeyondTheRankRangeComputedFromTheWorkbook() throws IOException {
        // From the workbook's ranking sheet: rank, previous rank and the rank range as printed.
        List<String> expected = new ArrayList<>();
        int assessed = 0;
        try (InputStream in = Files.newInputStream(published.resolve("AIRI-2026-results-en.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet ranking = workbook.getSheet("Ranking");
            int from = column(ranking, "Rank interval: from");
            int to = column(ranking, "Rank interval: to");
            int previousColumn = column(ranking, "Previous rank");
            int reason = column(ranking, "No current data: reason");
            for (int r = 1; r <= edition.ranking().size(); r++) {
                Row row = ranking.getRow(r);
                if (row.getCell(reason) != null || row.getCell(previousColumn) == null) {
                    continue;
                }
                assessed++;
                int rank = (int) row.getCell(0).getNumericCellValue();
                int previous = (int) row.getCell(previousColumn).getNumericCellValue();
                int low = (int) row.getCell(from).getNumericCellValue();
                int high = (int) row.getCell(to).getNumericCellValue();
                if (previous < low || previous > high) {
                    String move = previous > rank ? "↑ " + (previous - rank) : "↓ " + (rank - previous);
                    expected.add(row.getCell(2).getStringCellValue() + "|" + previous + "|" + rank + "|" + move);
                }
            }
        }
        ReportPdf report = reports.get(Language.EN);
        String page = report.page(report.bookmark(Language.EN.changes).page());
        String flat = flat(page);
        assertThat(flat).contains("of the " + assessed + " assessed countries moved beyond their rank range",
                "Not assessed, for want of current data: " + inRankOrder("Hungary", "Slovakia") + ".",
                "No indicator was added since the 2025 edition.", "No indicator was dropped since the 2025 edition.",
                "No revision of a published edition was accepted since its publication.");
        assertThat(flat).contains(expected.size() + " of the " + assessed + " assessed countries");
        assertThat(expected).isNotEmpty();
        for (String entry : expected) {
            String[] parts = entry.split("\\|");
            assertThat(line(page, parts[0] + " ")).as(entry).contains(parts[1] + " " + parts[2]).endsWith(parts[3]);
        }
        long rows = page.lines().filter(l -> l.matches(".* [↑↓] \\d+$")).count();
        assertThat(rows).isEqualTo(expected.size());
    }

    /** The two countries' names, joined in their rank order. */
    private static String inRankOrder(String hungary, String slovakia) {
        boolean hungaryFirst = edition.ranking().stream().map(r -> r.country().code())
                .filter(c -> c.equals(NOT_SUBMITTED) || c.equals(REJECTED)).findFirst().orElseThrow()
                .equals(NOT_SUBMITTED);
        return hungaryFirst ? hungary + " and " + slovakia : slovakia + " and " + hungary;
    }

    private static int column(Sheet sheet, String header) {
        Row row = sheet.getRow(0);
        for (Cell cell : row) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("sheet " + sheet.getSheetName() + " has no column '" + header + "'");
    }

    private static Path profileFile(String code, Language language) throws IOException {
        try (Stream<Path> files = Files.list(published.resolve("profiles"))) {
            return files.filter(f -> f.getFileName().toString().contains(code)
                    && f.getFileName().toString().endsWith("-" + language.code + ".pdf")).findFirst().orElseThrow();
        }
    }

    /** The text of every page of a chapter, from its bookmark to the next chapter's. */
    private static String chapter(Language language, String title) {
        ReportPdf report = reports.get(language);
        StringBuilder text = new StringBuilder();
        for (int page = report.bookmark(title).page(); page < report.pageAfter(title); page++) {
            text.append(report.page(page)).append('\n');
        }
        return text.toString();
    }

    private static String line(String page, String start) {
        return page.lines().filter(l -> l.contains(start) && !l.contains(":")).findFirst()
                .orElseThrow(() -> new AssertionError("no table line with '" + start + "' in:\n" + page)).strip();
    }

    private static List<String> flaggedLines(String page) {
        return page.lines().filter(l -> l.matches("^\\d+ .*\\*.*")).toList();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The text a reader or a program gets out of a published file. */
    private static String publicText(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            ReportPdf pdf = ReportPdf.read(file);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pdf.pages(); page++) {
                text.append(pdf.page(page)).append('\n');
            }
            return text.toString();
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder text = new StringBuilder();
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                text.append(cell.getStringCellValue()).append('\n');
                            }
                        }
                    }
                }
            }
            return text.toString();
        }
        if (name.endsWith(".zip")) {
            // The archive holds the edition's other files byte for byte (EditionIndexTest), each read here on its own.
            return "";
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
