package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.aireadiness.intake.FeedbackFiles;

/**
 * Edition integrity on the shipped sample (2025 published, 2026 open), with real files in a real drop folder and the
 * embedded H2 database: a new installation loads the published 2025 from its files, after which a file meant for
 * one edition never changes another, a published edition takes no file unless opened for revision, and an accepted
 * revision is listed in the next publication in every language while the published edition stays as it was.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditionIntegrityTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-editions");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    AnnualRun annualRun;

    @Autowired
    IntakeRun intakeRun;

    @Autowired
    JdbcTemplate jdbc;

    AnnualRun.Outcome firstRun;

    @BeforeAll
    void publishTheOpenEditionOnAFreshDatabase() throws Exception {
        firstRun = annualRun.run(2026, WORKSPACE.settings());
    }

    @Test
    @Order(1)
    void aFreshDatabaseLoadsThePublishedEditionFromItsFilesAndPublishesTheOpenOne() throws IOException {
        assertThat(firstRun.success()).as(firstRun.message()).isTrue();
        // The sample has 27 files for 2025 (HU's among them) and 26 for 2026 (HU sent none, SK's is rejected).
        assertThat(count("SELECT COUNT(*) FROM submission WHERE edition = 2025 AND status = 'ACCEPTED'"))
                .isEqualTo(27);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE edition = 2026 AND status = 'ACCEPTED'"))
                .isEqualTo(25);
        assertThat(feedback("BE/BE_AI_readiness_2025.csv")).contains("EDITION_INITIAL_LOAD")
                .contains("initial load of the published edition");
        assertThat(feedback("BE/BE_AI_readiness_2026.csv")).doesNotContain("EDITION_INITIAL_LOAD");
        assertThat(WORKSPACE.output().resolve("2026/AIRI-2026-report-en.pdf")).exists();
        assertThat(count("SELECT COUNT(*) FROM edition_revision")).isZero();
    }

    @Test
    @Order(2)
    void a2026FileLeftAtTimePeriod2025IsRefusedAndChangesNeitherEdition() throws Exception {
        Map<String, String> before = storedValues();
        String belgium2026 = Files.readString(WORKSPACE.input().resolve("BE/BE_AI_readiness_2026.csv"));
        drop("BE/BE_AI_readiness_update.csv", belgium2026.replace(",2026,", ",2025,"));

        AnnualRun.Outcome intake = intakeRun.run(WORKSPACE.settings());

        assertThat(intake.success()).as(intake.message()).isTrue();
        assertThat(storedValues()).isEqualTo(before);
        assertThat(status("BE", "BE_AI_readiness_update.csv")).isEqualTo("REJECTED");
        String feedback = feedback("BE/BE_AI_readiness_update.csv");
        assertThat(feedback).contains("EDITION_PUBLISHED")
                .contains("edition 2025 is published and closed for submissions (open: 2026)")
                .contains("ask the index team to open edition 2025 for revision");
        assertThat(feedback).doesNotContain("NOT_SUBMITTED");
    }

    @Test
    @Order(3)
    void aFileWhoseNameGivesAnotherYearThanItsTimePeriodIsRefusedWithBothYears() throws Exception {
        Map<String, String> before = storedValues();
        String austria2026 = Files.readString(WORKSPACE.input().resolve("AT/AIRI_2026_AT.csv"));
        // Austria sends its 2026 file again with one value corrected, under a name that says 2025.
        String corrected = austria2026.replace("AT;2026;CMP1;170,6;", "AT;2026;CMP1;170,7;");
        assertThat(corrected).isNotEqualTo(austria2026);
        drop("AT/AIRI_2025_AT_resent.csv", corrected);

        intakeRun.run(WORKSPACE.settings());

        assertThat(storedValues()).isEqualTo(before);
        assertThat(status("AT", "AIRI_2025_AT_resent.csv")).isEqualTo("REJECTED");
        assertThat(feedback("AT/AIRI_2025_AT_resent.csv")).contains("FILE_NAME_YEAR")
                .contains("the file name says 2025 but TIME_PERIOD is 2026")
                .contains("rename the file");
    }

    @Test
    @Order(4)
    void aFileForAnEditionThatDoesNotExistIsRefusedNamingTheOpenEditions() throws Exception {
        Map<String, String> before = storedValues();
        String finland2026 = Files.readString(WORKSPACE.input().resolve("FI/FI_airi_2026.csv"));
        drop("FI/FI_airi_resent.csv", finland2026.replace(",2026,", ",2099,"));

        intakeRun.run(WORKSPACE.settings());

        assertThat(storedValues()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE edition = 2099 AND status = 'ACCEPTED'")).isZero();
        assertThat(feedback("FI/FI_airi_resent.csv")).contains("UNKNOWN_EDITION")
                .contains("TIME_PERIOD 2099 is not an edition of the index (editions 2025, 2026)")
                .contains("the editions open for submissions are 2026");
    }

    @Test
    @Order(5)
    void aRevisionOfThePublishedEditionIsAcceptedOnceOpenedAndListedInTheNextPublicationInEveryLanguage()
            throws Exception {
        Path editions = WORKSPACE.input().resolve("editions.csv");
        Files.writeString(editions, Files.readString(editions).replace(",published", ",revision"));
        // Belgium corrects one 2025 value (CMP1 250.0 becomes 262.5), and says why in NOTE.
        String belgium2025 = Files.readString(WORKSPACE.input().resolve("BE/BE_AI_readiness_2025.csv"));
        String revised = belgium2025.replace("BE,2025,CMP1,250.0,MW,A,National data-centre register,",
                "BE,2025,CMP1,262.5,MW,A,National data-centre register,Register completed with two sites");
        assertThat(revised).isNotEqualTo(belgium2025);
        Path file = drop("BE/BE_AI_readiness_2025_revised.csv", revised);
        String received = Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        Map<String, String> before = storedValues();

        intakeRun.run(WORKSPACE.settings());

        assertThat(status("BE", "BE_AI_readiness_2025_revised.csv")).isEqualTo("ACCEPTED");
        assertThat(feedback("BE/BE_AI_readiness_2025_revised.csv")).contains("EDITION_REVISION");
        Map<String, String> after = storedValues();
        assertThat(after.entrySet()).filteredOn(e -> e.getKey().startsWith("2026|"))
                .containsExactlyInAnyOrderElementsOf(before.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("2026|")).toList());
        assertThat(after.get("2025|BE|CMP1")).isEqualTo("2|262.5");
        assertThat(before.get("2025|BE|CMP1")).isEqualTo("1|250.0");
        assertThat(jdbc.queryForList("SELECT edition || ' ' || listed_in FROM edition_revision", String.class))
                .containsExactly("2025 2026");

        AnnualRun.Outcome next = annualRun.run(2026, WORKSPACE.settings());

        assertThat(next.success()).as(next.message()).isTrue();
        Map<String, List<String>> expected = Map.of(
                "en", List.of("Revisions of published editions", "Belgium, 2025 edition: version 2, received on "
                        + received + ".", "CMP1 from 250.0 to 262.5", "Reason given: Register completed with two sites"),
                "de", List.of("Revisionen veröffentlichter Ausgaben", "Belgien, Ausgabe 2025: Version 2, eingegangen am "
                        + received + ".", "CMP1 von 250,0 auf 262,5", "Angegebener Grund: Register completed with two sites"),
                "fr", List.of("Révisions des éditions publiées", "Belgique, édition 2025 : version 2, reçue le "
                        + received + ".", "CMP1 de 250,0 à 262,5", "Motif indiqué : Register completed with two sites"));
        for (Map.Entry<String, List<String>> language : expected.entrySet()) {
            String text = AnnualEditionEndToEndChecks.pdfText(WORKSPACE.output()
                    .resolve("2026/AIRI-2026-report-" + language.getKey() + ".pdf")).replaceAll("\\s+", " ");
            assertThat(text).as(language.getKey()).contains(language.getValue());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(WORKSPACE.output()
                .resolve("2026/AIRI-2026-results-en.xlsx")))) {
            Sheet readMe = workbook.getSheet("Read me");
            List<String> lines = new java.util.ArrayList<>();
            readMe.forEach(row -> {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(cell.getStringCellValue()).append(" | "));
                lines.add(line.toString());
            });
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("BE 2025 | ")
                    .contains(expected.get("en").get(1)).contains(expected.get("en").get(2))
                    .contains(expected.get("en").get(3)));
        }
    }

    @Test
    @Order(6)
    void aRunOfAPublishedEditionIsRefusedAndLeavesItsPublicationByteIdentical() throws Exception {
        Path published = WORKSPACE.output().resolve("2025");
        Files.createDirectories(published.resolve("profiles"));
        Files.writeString(published.resolve("AIRI-2025-scores.csv"), "the 2025 publication\n");
        Files.writeString(published.resolve("profiles/AIRI-2025-BE-en.pdf"), "a profile\n");
        Map<String, String> before = tree(published);
        for (String state : List.of("revision", "published")) {
            Path editions = WORKSPACE.input().resolve("editions.csv");
            Files.writeString(editions, Files.readString(editions).replaceAll(",(revision|published)(,|\\R|$)",
                    "," + state + "$2"));

            AnnualRun.Outcome outcome = annualRun.run(2025, WORKSPACE.settings());

            assertThat(outcome.success()).isFalse();
            assertThat(outcome.message()).doesNotContain("\n")
                    .contains("edition 2025 is published").contains("state '" + state + "'")
                    .contains("is final and is not made again");
            assertThat(tree(published)).isEqualTo(before);
            assertThat(count("SELECT COUNT(*) FROM score WHERE edition = 2025 AND basis = 'CURRENT'")).isZero();
        }
    }

    /** Every accepted value of every edition, as "edition|country|indicator" to "version|value" of the latest version. */
    private Map<String, String> storedValues() {
        Map<String, String> values = new TreeMap<>();
        jdbc.query("SELECT s.edition, s.country, s.version, v.indicator, v.obs_value FROM submission s"
                + " JOIN submitted_value v ON v.submission_id = s.id WHERE s.status = 'ACCEPTED'"
                + " ORDER BY s.edition, s.country, s.version", rs -> {
                    values.put(rs.getInt("edition") + "|" + rs.getString("country") + "|" + rs.getString("indicator"),
                            rs.getInt("version") + "|" + rs.getString("obs_value"));
                });
        return values;
    }

    private String status(String country, String fileName) {
        return jdbc.queryForObject("SELECT status FROM submission WHERE country = ? AND file_name = ?",
                String.class, country, fileName);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** Drops a file as an officer would, written long enough ago to count as complete. */
    private static Path drop(String relative, String content) throws IOException {
        Path file = WORKSPACE.input().resolve(relative);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    private static String feedback(String relative) throws IOException {
        Path file = WORKSPACE.input().resolve(relative);
        return Files.readString(FeedbackFiles.textFor(file)) + Files.readString(FeedbackFiles.csvFor(file));
    }

    /** Every file under a folder with its bytes (as text, for readable failures) and time of change. */
    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file) + "@"
                        + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return files;
    }
}
