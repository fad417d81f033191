package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.aireadiness.dataset.EditionDataRepository;
import eu.aireadiness.framework.Checksums;
import eu.aireadiness.intake.FeedbackFiles;
import eu.aireadiness.intake.GeneratedSubmission;
import eu.aireadiness.intake.SubmissionReader;
import eu.aireadiness.validation.ValidationReport;

/**
 * Files far larger than officers send, taken in by the intake job with the row limit raised as a setting: a valid
 * file of 10,050 rows, over the default limit of 10,000 and a hundred times the values of one batch, then a file of
 * 2,500 rows whose 1,300 last rows are errors. Both are read, checked and stored as they stream in.
 */
@SpringBootTest(properties = "readiness.intake.max-rows=20000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeLargeFilesTest {

    private static final int INDICATORS = 10_050;
    private static final int BAD_FILE_ROWS = 2_500;
    private static final int GOOD_ROWS_OF_BAD_FILE = 1_200;
    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-large");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    IntakeRun intakeRun;

    @Autowired
    IntakeProperties intake;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EditionDataRepository editions;

    Path large;
    Path bad;
    AnnualRun.Outcome first;
    Map<String, Object> acceptedBefore;
    AnnualRun.Outcome second;

    @BeforeAll
    void takeInALargeFileThenABadOne() throws Exception {
        Path input = WORKSPACE.input();
        try (Stream<Path> shipped = Files.walk(input)) {
            for (Path file : shipped.filter(p -> p.getParent().getParent().equals(input)).toList()) {
                Files.delete(file);
            }
        }
        GeneratedSubmission.inputFolder(input, INDICATORS);
        large = settled(GeneratedSubmission.write(input, "AIRI_2026_SK.csv", INDICATORS));
        first = intakeRun.run(WORKSPACE.settings());
        acceptedBefore = acceptedValues();

        StringBuilder rows = new StringBuilder(GeneratedSubmission.HEADER);
        for (int i = 1; i <= BAD_FILE_ROWS; i++) {
            String row = GeneratedSubmission.row(i);
            rows.append(i <= GOOD_ROWS_OF_BAD_FILE ? row : row.replace(",PC,", ",KG,").replace(",MW,", ",KG,"));
        }
        bad = settled(Files.writeString(input.resolve("SK/AIRI_2026_SK_v2.csv"), rows, StandardCharsets.UTF_8));
        second = intakeRun.run(WORKSPACE.settings());
    }

    /** Dropped a minute ago: past the quiet period in which a file may still be being copied. */
    private static Path settled(Path file) throws IOException {
        return Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void theDefaultLimitRefusesTheLargeFileAndTheRaisedSettingIsTheOneInForce() {
        assertThat(SubmissionReader.read(large).problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("TOO_MANY_ROWS");
            assertThat(p.message()).contains("more than 10000 data rows");
        });
        assertThat(intake.limits().maxRows()).isEqualTo(20_000);
        assertThat(intake.limits().maxFileBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void theRaisedLimitTakesTheLargeFileInWithEveryValueAndItsRow() throws IOException {
        assertThat(first.success()).as(first.message()).isTrue();
        Map<String, Object> submission = jdbc.queryForMap("SELECT id, status, version, row_count, sha256, file_name"
                + " FROM submission WHERE file_name = 'AIRI_2026_SK.csv'");
        assertThat(submission).containsEntry("STATUS", "ACCEPTED").containsEntry("VERSION", 1)
                .containsEntry("ROW_COUNT", INDICATORS).containsEntry("SHA256", Checksums.sha256(large));
        Object id = submission.get("ID");
        // Indicator B0000001 is on line 2, B0010050 on line 10051: every value knows the line it came from.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_value WHERE submission_id = ?"
                + " AND source_row = CAST(SUBSTRING(indicator FROM 2) AS INT) + 1", Integer.class, id))
                .isEqualTo(INDICATORS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_value WHERE submission_id = ?", Integer.class,
                id)).isEqualTo(INDICATORS);
        // As GeneratedSubmission writes them: B0000005, a multiple of 5, a national total of 5 × 1.3 MW; B0000012 a
        // share of 12 / 100 %; B0000030 estimated; B0010000 missing, with a note.
        assertThat(jdbc.queryForList("SELECT indicator, obs_value, obs_status, note FROM submitted_value"
                        + " WHERE submission_id = ? AND indicator IN ('B0000005', 'B0000012', 'B0000030', 'B0010000')"
                        + " ORDER BY indicator", id))
                .containsExactly(
                        Map.of("INDICATOR", "B0000005", "OBS_VALUE", 6.5, "OBS_STATUS", "A", "NOTE", ""),
                        Map.of("INDICATOR", "B0000012", "OBS_VALUE", 0.12, "OBS_STATUS", "A", "NOTE", ""),
                        Map.of("INDICATOR", "B0000030", "OBS_VALUE", 39.0, "OBS_STATUS", "E", "NOTE", ""),
                        mapWithNullValue("B0010000", "M", "Break in series: new survey from 2026"));
        assertThat(Files.readString(FeedbackFiles.textFor(large))).contains("ACCEPTED as version 1")
                .contains("Values:    10050 valid row(s) read and stored");
    }

    private static Map<String, Object> mapWithNullValue(String indicator, String status, String note) {
        var row = new java.util.HashMap<String, Object>();
        row.put("INDICATOR", indicator);
        row.put("OBS_VALUE", null);
        row.put("OBS_STATUS", status);
        row.put("NOTE", note);
        return row;
    }

    @Test
    void aRejectedLargeFileStoresNoValueAndKeepsItsFirstThousandProblemsWithTheCountOfAll() throws IOException {
        assertThat(second.success()).as(second.message()).isTrue();
        Map<String, Object> submission = jdbc.queryForMap("SELECT id, status, version, row_count, error_count,"
                + " warning_count FROM submission WHERE file_name = 'AIRI_2026_SK_v2.csv'");
        int leftOut = INDICATORS - BAD_FILE_ROWS;
        assertThat(submission).containsEntry("STATUS", "REJECTED").containsEntry("VERSION", null)
                .containsEntry("ROW_COUNT", GOOD_ROWS_OF_BAD_FILE)
                .containsEntry("ERROR_COUNT", BAD_FILE_ROWS - GOOD_ROWS_OF_BAD_FILE)
                .containsEntry("WARNING_COUNT", leftOut);
        Object id = submission.get("ID");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_value WHERE submission_id = ?", Integer.class,
                id)).isZero();
        List<Map<String, Object>> problems = jdbc.queryForList("SELECT seq, source_row, rule FROM validation_problem"
                + " WHERE submission_id = ? ORDER BY seq", id);
        assertThat(problems).hasSize(ValidationReport.MAX_PROBLEMS);
        assertThat(problems.get(0)).containsEntry("SOURCE_ROW", (long) GOOD_ROWS_OF_BAD_FILE + 2)
                .containsEntry("RULE", "WRONG_UNIT");
        assertThat(problems.get(999)).containsEntry("SOURCE_ROW", (long) GOOD_ROWS_OF_BAD_FILE + 1_001);

        long notListed = (long) BAD_FILE_ROWS - GOOD_ROWS_OF_BAD_FILE + leftOut - ValidationReport.MAX_PROBLEMS;
        assertThat(Files.readString(FeedbackFiles.textFor(bad))).contains("REJECTED: the file has 1300 error(s)")
                .contains("Problem 1000 of 1000").contains(notListed + " more problem(s) were found but are not"
                        + " listed: only the first 1000 are.");
        List<String> csv = Files.readAllLines(FeedbackFiles.csvFor(bad));
        assertThat(csv).hasSize(1 + ValidationReport.MAX_PROBLEMS + 1);
        assertThat(csv.get(csv.size() - 1)).startsWith("AIRI_2026_SK_v2.csv,0,,,INFO,PROBLEMS_LEFT_OUT," + notListed
                + " more problem(s)");
    }

    @Test
    void theRejectedFileChangesNothingAcceptedEarlier() {
        assertThat(acceptedValues()).isEqualTo(acceptedBefore);
        assertThat(editions.load(2026).value("SK", "B0000001")).hasValueSatisfying(v ->
                assertThat(v.sourceRow()).isEqualTo(2));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_value", Integer.class)).isEqualTo(INDICATORS);
    }

    private Map<String, Object> acceptedValues() {
        return jdbc.queryForMap("SELECT s.id, s.status, s.version, COUNT(*) AS n, SUM(v.obs_value) AS total,"
                + " SUM(v.source_row) AS row_sum, COUNT(DISTINCT v.indicator) AS indicators FROM submission s"
                + " JOIN submitted_value v ON v.submission_id = s.id WHERE s.file_name = 'AIRI_2026_SK.csv'"
                + " GROUP BY s.id, s.status, s.version");
    }
}
