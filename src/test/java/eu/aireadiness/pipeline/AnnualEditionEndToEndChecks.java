package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.CountriesReader;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.intake.FeedbackFiles;

/**
 * The annual job on the shipped sample input, end to end, on a real database: the publications are read back and
 * checked against the stored results, against each other, and against values worked out from the officers' files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnnualEditionEndToEndChecks {

    static final int EDITION = 2026;

    @Autowired
    AnnualRun annualRun;

    @Autowired
    JdbcTemplate jdbc;

    EditionWorkspace workspace;
    AnnualRun.Outcome outcome;
    Map<String, Double> indexScores;
    Map<String, Integer> indexRanks;
    final List<Country> countries = CountriesReader.read(Path.of("input/countries.csv"));
    final Codebook codebook = CodebookReader.read(Path.of("input/codebook.csv"));

    abstract EditionWorkspace workspace();

    @BeforeAll
    void runTheJob() throws Exception {
        workspace = workspace();
        outcome = annualRun.run(EDITION, workspace.settings());
        indexScores = new HashMap<>();
        indexRanks = new HashMap<>();
        jdbc.query("SELECT country, score, score_rank FROM score WHERE edition = ? AND basis = 'CURRENT'"
                + " AND code = 'INDEX'", rs -> {
                    indexScores.put(rs.getString("country"), rs.getDouble("score"));
                    indexRanks.put(rs.getString("country"), rs.getInt("score_rank"));
                }, EDITION);
    }

    Path publication(String suffix) {
        return workspace.output().resolve(String.valueOf(EDITION)).resolve("AIRI-" + EDITION + "-" + suffix);
    }

    @Test
    void theRunSucceedsAndRanksAllTwentySevenCountries() {
        assertThat(outcome.success()).as(outcome.message()).isTrue();
        assertThat(indexScores).hasSize(27);
        assertThat(indexRanks.values()).allMatch(rank -> rank >= 1 && rank <= 27);
        assertThat(indexRanks.values()).contains(1);
    }

    @Test
    void thePdfListsEveryCountryWithItsRankAndScore() throws IOException {
        String text = pdfText(publication("report-en.pdf"));
        for (Country country : countries) {
            String score = String.format(Locale.ROOT, "%.1f", indexScores.get(country.code()));
            assertThat(text).contains(country.englishName());
            assertThat(text.lines().filter(line -> line.contains(country.englishName()))
                    .anyMatch(line -> line.startsWith(indexRanks.get(country.code()) + " ") && line.contains(score)))
                    .as("a ranking line for %s with rank %d and score %s", country.code(),
                            indexRanks.get(country.code()), score)
                    .isTrue();
        }
        assertThat(text).contains("Ελλάδα", "България", "Česko", "Österreich");
        assertThat(text).containsIgnoringCase("illustrative");
    }

    @Test
    void theWorkbookHoldsTheSameNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(publication("results-en.xlsx")))) {
            Sheet ranking = workbook.getSheet("Ranking");
            assertThat(ranking).isNotNull();
            Map<String, Integer> header = header(ranking.getRow(0));
            int seen = 0;
            for (Row row : ranking) {
                if (row.getRowNum() == 0 || row.getCell(header.get("code")) == null) {
                    continue;
                }
                String code = row.getCell(header.get("code")).getStringCellValue();
                if (!indexScores.containsKey(code)) {
                    continue;
                }
                seen++;
                assertThat((int) row.getCell(header.get("rank")).getNumericCellValue()).isEqualTo(indexRanks.get(code));
                assertThat(row.getCell(header.get("index")).getNumericCellValue()).isEqualTo(indexScores.get(code));
            }
            assertThat(seen).isEqualTo(27);
        }
    }

    @Test
    void theOpenDataCsvAgreesWithTheStoredResults() throws IOException {
        Map<String, Double> fromCsv = new HashMap<>();
        Map<String, Integer> ranksFromCsv = new HashMap<>();
        Map<String, Double> lowRanksFromCsv = new HashMap<>();
        for (CSVRecord r : csv(publication("scores.csv"))) {
            if (r.get("CODE").equals(codebook.indexCode()) && r.get("MEASURE").equals("SCORE")) {
                fromCsv.put(r.get("REF_AREA"), Double.parseDouble(r.get("OBS_VALUE")));
                ranksFromCsv.put(r.get("REF_AREA"), Integer.parseInt(r.get("RANK")));
            }
            if (r.get("MEASURE").equals("RANK_P05")) {
                lowRanksFromCsv.put(r.get("REF_AREA"), Double.parseDouble(r.get("OBS_VALUE")));
            }
            assertThat(r.get("EDITION")).isEqualTo(String.valueOf(EDITION));
            assertThat(r.get("DATA_STATUS")).isEqualTo("illustrative");
        }
        assertThat(fromCsv).isEqualTo(indexScores);
        assertThat(ranksFromCsv).isEqualTo(indexRanks);
        Map<String, Double> storedLowRanks = new HashMap<>();
        jdbc.query("SELECT country, low_rank, nominal_rank, high_rank FROM rank_interval WHERE edition = ?", rs -> {
            storedLowRanks.put(rs.getString("country"), rs.getDouble("low_rank"));
            assertThat(rs.getDouble("low_rank")).isLessThanOrEqualTo(rs.getDouble("high_rank"));
            assertThat(rs.getInt("nominal_rank")).isEqualTo(indexRanks.get(rs.getString("country")));
        }, EDITION);
        assertThat(storedLowRanks).hasSize(27).isEqualTo(lowRanksFromCsv);
    }

    @Test
    void theRejectedSubmissionIsRecordedWithItsReasonAndNotUsed() throws IOException {
        List<Map<String, Object>> rejected = jdbc.queryForList(
                "SELECT id, file_name, rejection_reason FROM submission WHERE country = 'SK' AND edition = ?"
                        + " AND status = 'REJECTED'", EDITION);
        assertThat(rejected).hasSize(1);
        String reason = (String) rejected.get(0).get("rejection_reason");
        assertThat(reason).startsWith("3 errors").contains("GRN5");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_value WHERE submission_id = ?", Integer.class,
                rejected.get(0).get("id"))).isZero();
        assertThat(jdbc.queryForList("SELECT rule || ' ' || found_value FROM validation_problem"
                + " WHERE submission_id = ? AND severity = 'ERROR' ORDER BY seq", String.class,
                rejected.get(0).get("id"))).containsExactly("WRONG_UNIT YEAR", "OUT_OF_RANGE 134", "UNKNOWN_INDICATOR SKL9");
        assertThat(carriedForwardIndicators("SK")).isEqualTo(codebook.indicators().size());
        // The public report gives the reason code derived from those rules, not the officer's message or file.
        assertThat(pdfText(publication("report-en.pdf")))
                .contains("No current data (submission rejected: values failed validation)")
                .doesNotContain((String) rejected.get(0).get("file_name"), reason);
    }

    @Test
    void theCountryThatHasNotSubmittedIsCarriedForward() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE country = 'HU' AND edition = ?",
                Integer.class, EDITION)).isZero();
        assertThat(carriedForwardIndicators("HU")).isEqualTo(codebook.indicators().size());
        assertThat(indexRanks).containsKey("HU");
    }

    @Test
    void aPillarScoreMatchesTheOfficersFileWorkedOutIndependently() throws IOException {
        // Finland's skills pillar from its own 2026 file: no SKL indicator is denominated, all have goalposts.
        Path file;
        try (Stream<Path> files = Files.list(workspace.input().resolve("FI"))) {
            file = files.filter(p -> p.getFileName().toString().contains("2026"))
                    .filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString())).findFirst().orElseThrow();
        }
        Map<String, Double> values = new HashMap<>();
        for (CSVRecord r : csv(file)) {
            values.put(r.get("INDICATOR"), Double.parseDouble(r.get("OBS_VALUE").replace(',', '.')));
        }
        double sum = 0;
        List<Indicator> skills = codebook.indicatorsOf("SKL");
        for (Indicator i : skills) {
            double share = (values.get(i.code()) - i.goalposts().low()) / i.goalposts().width();
            sum += 100 * Math.max(0, Math.min(1, share));
        }
        Double stored = jdbc.queryForObject("SELECT score FROM score WHERE edition = ? AND basis = 'CURRENT'"
                + " AND country = 'FI' AND code = 'SKL'", Double.class, EDITION);
        assertThat(stored).isCloseTo(sum / skills.size(), within(1e-9));
    }

    @Test
    void aSecondRunOfTheSameInputsChangesNothing() throws Exception {
        int submissions = count("submission");
        int values = count("submitted_value");
        int scores = count("score");
        byte[] csvBefore = Files.readAllBytes(publication("scores.csv"));
        AnnualRun.Outcome again = annualRun.run(EDITION, workspace.settings());
        assertThat(again.success()).isTrue();
        assertThat(again.message()).contains("up to date");
        assertThat(count("submission")).isEqualTo(submissions);
        assertThat(count("submitted_value")).isEqualTo(values);
        assertThat(count("score")).isEqualTo(scores);
        assertThat(Files.readAllBytes(publication("scores.csv"))).isEqualTo(csvBefore);
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private int carriedForwardIndicators(String country) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM score WHERE edition = ? AND basis = 'CURRENT' AND country = ?"
                + " AND level_no = 1 AND origin = 'CARRIED_FORWARD' AND data_year = ?", Integer.class, EDITION,
                country, EDITION - 1);
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        try (Reader reader = new java.io.StringReader(text)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        row.forEach(cell -> {
            String name = cell.getStringCellValue().toLowerCase(Locale.ROOT);
            if (name.equals("rank")) {
                columns.put("rank", cell.getColumnIndex());
            } else if (name.contains("code")) {
                columns.put("code", cell.getColumnIndex());
            } else if (name.contains("index")) {
                columns.putIfAbsent("index", cell.getColumnIndex());
            }
        });
        return columns;
    }
}
