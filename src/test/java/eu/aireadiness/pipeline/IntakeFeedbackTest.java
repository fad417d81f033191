package eu.aireadiness.pipeline;

import static java.nio.file.attribute.PosixFilePermission.GROUP_READ;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

/**
 * The intake's answers on the shipped sample plus three files an officer might drop: a corrected resubmission
 * (AT), a copy of a file already there (DE) and a broken file full of formulas (FR). One run, then the feedback next
 * to the files, the archive, the untouched originals and the status table are read back.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeFeedbackTest {

    private static final int EDITION = 2026;
    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-feedback");
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    AnnualRun annualRun;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EditionDataRepository data;

    Map<Path, String> inputBefore;
    AnnualRun.Outcome first;
    AnnualRun.Outcome second;

    @BeforeAll
    void dropFilesAndRun() throws Exception {
        Path input = WORKSPACE.input();
        Path austria = input.resolve("AT/AIRI_2026_AT.csv");
        String corrected = Files.readString(austria).replace("AT;2026;CMP1;170,6;", "AT;2026;CMP1;171,6;");
        dropLater(input.resolve("AT/AIRI_2026_AT_corrected.csv"), corrected.getBytes(StandardCharsets.UTF_8), austria);
        Path germany = input.resolve("DE/AIRI_2026_DE.csv");
        dropLater(input.resolve("DE/AIRI_2026_DE (copy).csv"), Files.readAllBytes(germany), germany);
        String note = "\"" + HYPERLINK.replace("\"", "\"\"") + "\"";
        String formulas = "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\n"
                + "FR,2026," + note + ",1,MW,A,register," + note + "\n"
                + "FR,2026,CMP1,@SUM(1),MW,A,register," + note + "\n";
        dropLater(input.resolve("FR/AIRI-2026-FR-formulas.csv"), formulas.getBytes(StandardCharsets.UTF_8),
                input.resolve("FR/AIRI-2026-FR.csv"));
        inputBefore = checksums(input);

        first = annualRun.run(EDITION, WORKSPACE.settings());
        second = annualRun.run(EDITION, WORKSPACE.settings());
    }

    /**
     * A file arriving after {@code earlier}, as a resubmission does: one second later, and so (like the copied
     * originals) long before the intake's quiet period, which leaves files still being copied for later.
     */
    private static void dropLater(Path file, byte[] content, Path earlier) throws IOException {
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(earlier).toMillis() + 1_000));
    }

    @Test
    void theRunSucceedsAndARerunWithTheFeedbackInPlaceIsUpToDate() {
        assertThat(first.success()).as(first.message()).isTrue();
        assertThat(second.success()).as(second.message()).isTrue();
        assertThat(second.message()).contains("up to date");
    }

    @Test
    void anArchiveInsideTheInputFolderIsRefused() throws Exception {
        AnnualRun.Outcome refused = annualRun.run(EDITION, new ReadinessProperties(WORKSPACE.input(),
                WORKSPACE.output(), Path.of("output-templates"), WORKSPACE.input().resolve("archive")));
        assertThat(refused.success()).isFalse();
        assertThat(refused.message()).contains("lies inside the input folder").contains("readiness.archive");
    }

    @Test
    void anAcceptedFileIsToldItsVersion() throws IOException {
        Path file = WORKSPACE.input().resolve("DE/AIRI_2026_DE.csv");
        assertThat(Files.readString(FeedbackFiles.textFor(file))).contains("Feedback on DE/AIRI_2026_DE.csv")
                .contains("ACCEPTED as version 1 of DE's submission for 2026").contains(Checksums.sha256(file))
                .contains("Errors:    0");
        assertThat(Files.readAllLines(FeedbackFiles.csvFor(file)).get(0))
                .isEqualTo("file,row,column,value,severity,rule,message");
        assertThat(feedbackCsv(file)).noneMatch(r -> r.get("severity").equals("ERROR"));
    }

    @Test
    void theRejectedSlovakFileListsItsThreeErrors() throws IOException {
        Path file = WORKSPACE.input().resolve("SK/SK_AIRI_2026.csv");
        assertThat(Files.readString(FeedbackFiles.textFor(file))).contains("REJECTED").contains("Errors:    3")
                .containsPattern("Problem 3 of \\d+: ERROR at row ").contains("What to do:");
        List<CSVRecord> errors = feedbackCsv(file).stream().filter(r -> r.get("severity").equals("ERROR")).toList();
        assertThat(errors).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("file")).isEqualTo("SK_AIRI_2026.csv");
            assertThat(Long.parseLong(r.get("row"))).isPositive();
            assertThat(r.get("column")).isNotEmpty();
            assertThat(r.get("rule")).isNotEmpty();
            assertThat(r.get("message")).startsWith("SK/SK_AIRI_2026.csv, row ");
        });
    }

    @Test
    void formulasFromTheSubmissionAreNeutralisedInTheFeedbackCsv() throws IOException {
        Path file = WORKSPACE.input().resolve("FR/AIRI-2026-FR-formulas.csv");
        List<CSVRecord> rows = feedbackCsv(file);
        assertThat(rows).extracting(r -> r.get("value")).contains("'" + HYPERLINK, "'@SUM(1)");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).as("a cell of " + row).doesNotStartWith("=").doesNotStartWith("@")
                        .doesNotStartWith("+").doesNotStartWith("\t");
            }
        }
        assertThat(Files.readString(FeedbackFiles.textFor(file))).contains("REJECTED").contains("'@SUM(1)'");
    }

    @Test
    void aResubmissionBecomesVersionTwoAndIsTheOneUsed() throws IOException {
        Path file = WORKSPACE.input().resolve("AT/AIRI_2026_AT_corrected.csv");
        assertThat(Files.readString(FeedbackFiles.textFor(file))).contains("ACCEPTED as version 2 of AT's");
        var used = data.load(EDITION).accepted().get("AT");
        assertThat(used.version()).isEqualTo(2);
        assertThat(used.fileName()).isEqualTo("AIRI_2026_AT_corrected.csv");
        assertThat(used.values().get("CMP1").value()).isEqualTo(171.6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE country = 'AT' AND edition = 2026"
                + " AND status = 'ACCEPTED'", Integer.class)).isEqualTo(2);
    }

    @Test
    void theSameFileDroppedTwiceIsStoredOnceAndToldItIsIdentical() throws IOException {
        Path copy = WORKSPACE.input().resolve("DE/AIRI_2026_DE (copy).csv");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE country = 'DE' AND sha256 = ?",
                Integer.class, Checksums.sha256(copy))).isEqualTo(1);
        assertThat(Files.readString(FeedbackFiles.textFor(copy))).contains("ALREADY RECEIVED")
                .contains("identical to AIRI_2026_DE.csv, received on ").contains("accepted as version 1")
                .contains("nothing changed");
        assertThat(feedbackCsv(copy)).singleElement()
                .satisfies(r -> assertThat(r.get("rule")).isEqualTo("ALREADY_RECEIVED"));
    }

    @Test
    void everyReceivedFileHasAReadOnlyArchiveCopyWithTheOriginalBytes() throws IOException {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT country, file_name, file_path, sha256,"
                + " archive_path FROM submission");
        assertThat(rows).hasSizeGreaterThan(54);
        for (Map<String, Object> row : rows) {
            Path copy = Path.of((String) row.get("archive_path"));
            assertThat(copy).startsWith(WORKSPACE.archive().resolve((String) row.get("country")))
                    .hasFileName(row.get("sha256") + "-" + row.get("file_name"));
            // by its permissions, not Files.isWritable: that says true to root, who may write anything
            assertThat(Files.getPosixFilePermissions(copy)).as(copy + " is read-only")
                    .containsExactlyInAnyOrder(OWNER_READ, GROUP_READ, OTHERS_READ);
            assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(Path.of((String) row.get("file_path"))));
            assertThat(Checksums.sha256(copy)).isEqualTo(row.get("sha256"));
        }
        try (Stream<Path> archived = Files.walk(WORKSPACE.archive())) {
            assertThat(archived.filter(Files::isRegularFile).count()).isEqualTo(rows.size());
        }
    }

    @Test
    void originalsAreUnchangedAndOnlyFeedbackFilesAppearInTheInput() throws IOException {
        Map<Path, String> after = checksums(WORKSPACE.input());
        Map<Path, String> originals = new TreeMap<>(after);
        originals.keySet().removeIf(p -> FeedbackFiles.isFeedback(p.getFileName().toString()));
        assertThat(originals).isEqualTo(inputBefore);
        for (Path file : inputBefore.keySet()) {
            if (file.getNameCount() == 2) { // a file in a country's folder: a submission
                Path absolute = WORKSPACE.input().resolve(file);
                assertThat(FeedbackFiles.textFor(absolute)).exists();
                assertThat(FeedbackFiles.csvFor(absolute)).exists();
            }
        }
    }

    @Test
    void theStatusTableListsEveryCountry() throws IOException {
        Path status = WORKSPACE.output().resolve("status/" + EDITION);
        // It names the officers' files and quotes the intake: beside the public edition, never inside it.
        assertThat(WORKSPACE.output().resolve(EDITION + "/status")).doesNotExist();
        Map<String, CSVRecord> rows = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(status.resolve("intake-status.csv"))) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .forEach(r -> rows.put(r.get("country"), r));
        }
        assertThat(rows).hasSize(27);
        assertThat(rows.get("HU").get("result")).isEqualTo("no submission");
        assertThat(rows.get("HU").get("version_used")).isEmpty();
        assertThat(rows.get("SK").get("result")).isEqualTo("REJECTED");
        assertThat(rows.get("SK").get("errors")).isEqualTo("3");
        assertThat(rows.get("SK").get("version_used")).isEmpty();
        assertThat(rows.get("FR").get("last_file")).isEqualTo("AIRI-2026-FR-formulas.csv");
        assertThat(rows.get("FR").get("result")).isEqualTo("REJECTED");
        assertThat(rows.get("FR").get("version_used")).isEqualTo("1");
        assertThat(rows.get("AT").get("last_file")).isEqualTo("AIRI_2026_AT_corrected.csv");
        assertThat(rows.get("AT").get("version_used")).isEqualTo("2");
        assertThat(rows.get("DE").get("result")).isEqualTo("ACCEPTED");
        assertThat(rows.get("DE").get("values")).isEqualTo("30");
        String html = Files.readString(status.resolve("intake-status.html"));
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 27);
        assertThat(html).contains("<td>Hungary</td>").contains("<td>no submission</td>");
    }

    private static List<CSVRecord> feedbackCsv(Path submission) throws IOException {
        try (Reader reader = Files.newBufferedReader(FeedbackFiles.csvFor(submission))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** Every file under the folder, by its path relative to it, with its SHA-256. */
    private static Map<Path, String> checksums(Path folder) throws IOException {
        Map<Path, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sums.put(folder.relativize(file), Checksums.sha256(file));
            }
        }
        return sums;
    }
}
