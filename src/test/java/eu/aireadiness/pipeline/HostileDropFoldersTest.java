package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Links of every kind, a folder, a named pipe and hostile names in a real drop folder, taken in by the `intake`
 * command on the real H2: nothing outside the input folder is ever read (its marker appears nowhere: archive,
 * database, feedback, log), nothing blocks, every such entry is answered, and the valid file beside them is
 * accepted. The settle interval is off: the files are written just before the run.
 */
@SpringBootTest(properties = "readiness.intake.settle=0s")
@ExtendWith(OutputCaptureExtension.class)
class HostileDropFoldersTest {

    private static final String SECRET = "SECRET-MARKER-7f3a9c";
    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-hostile");
    /** 251 characters and ".csv": 255 bytes, the longest name the file system takes and the column's width. */
    private static final String LONGEST = "A".repeat(251) + ".csv";
    /** 255 bytes of UTF-8 in 130 characters. */
    private static final String LONGEST_UTF8 = "é".repeat(125) + "a.csv";
    /** A line break that would forge a log line, and a right-to-left override that hides "xlsx.csv" as "vsc.xlsx". */
    private static final String FORGING = "HU_2026\n12:00:00.000 INFO  Accepted everything\u202Evsc.xlsx.csv";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    IntakeRun intakeRun;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readsNothingOutsideTheFolderBlocksOnNothingAndAnswersEveryEntry(CapturedOutput output) throws Exception {
        Path outside = Files.createDirectories(WORKSPACE.root().resolve("outside"));
        String secretFigures = Files.readString(WORKSPACE.input().resolve("HU/HU_AIRI_2025.csv"))
                .replace(",2025,", ",2026,").replace(",\n", "," + SECRET + "\n");
        Path secret = Files.writeString(outside.resolve("secret.csv"), secretFigures);
        Path victim = Files.writeString(outside.resolve("victim.txt"), SECRET);
        Path hungary = WORKSPACE.input().resolve("HU");
        String figures = Files.readString(hungary.resolve("HU_AIRI_2025.csv")).replace(",2025,", ",2026,");
        Files.writeString(hungary.resolve("HU_AIRI_2026.csv"), figures);
        Files.createSymbolicLink(hungary.resolve("HU_AIRI_2026.csv.feedback.txt"), victim);
        Files.createSymbolicLink(hungary.resolve("link_to_file.csv"), secret);
        Files.createSymbolicLink(hungary.resolve("link_to_folder"), outside);
        Files.createSymbolicLink(hungary.resolve("dangling.csv"), outside.resolve("nowhere.csv"));
        Files.createSymbolicLink(hungary.resolve("loop.csv"), hungary.resolve("loop.csv"));
        Files.copy(secret, Files.createDirectories(hungary.resolve("folder.csv")).resolve("inside.csv"));
        mkfifo(hungary.resolve("x.csv"));
        // Refused files, each of its own content, so that each is stored with its name.
        String header = "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\n";
        Files.writeString(hungary.resolve(LONGEST), header);
        Files.writeString(hungary.resolve(LONGEST_UTF8), header + "\n");
        Files.writeString(hungary.resolve(FORGING), header + "\n\n");

        AnnualRun.Outcome outcome = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> intakeRun.run(WORKSPACE.settings()), "a named pipe must never block the intake");

        assertThat(outcome.success()).as(outcome.message()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM submission WHERE country = 'HU' AND edition = 2026"
                + " AND status = 'ACCEPTED' AND version = 1")).isEqualTo(1);
        assertThat(Files.readString(victim)).isEqualTo(SECRET);
        Path feedback = hungary.resolve("HU_AIRI_2026.csv.feedback.txt");
        assertThat(Files.isRegularFile(feedback, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.readString(feedback)).contains("ACCEPTED as version 1");
        for (String entry : List.of("link_to_file.csv", "link_to_folder", "dangling.csv", "loop.csv",
                "folder.csv", "x.csv")) {
            assertThat(Files.readString(hungary.resolve(entry + ".feedback.txt"))).as(entry)
                    .contains("Result:    SKIPPED");
            assertThat(output).contains("Skipped HU/" + entry + ": ");
        }
        assertThat(Files.readString(hungary.resolve("x.csv.feedback.txt"))).contains("named pipe");
        assertThat(secret).hasContent(secretFigures);

        assertThat(stringColumn("file_name", "LONGEST")).isEqualTo(LONGEST);
        assertThat(stringColumn("file_name", "LONGEST_UTF8")).isEqualTo(LONGEST_UTF8);
        assertThat(stringColumn("file_name", "FORGING")).isEqualTo(FORGING);
        try (Stream<Path> archived = Files.walk(WORKSPACE.archive())) {
            assertThat(archived.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allSatisfy(name -> assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThan(140))
                    .allSatisfy(name -> assertThat(name).matches("[0-9a-f]{64}-[A-Za-z0-9_-]*(\\.[a-z0-9_-]+)?"));
        }

        try (Stream<Path> entries = Files.list(hungary)) {
            List<String> answers = entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("AAAA") && n.endsWith(".feedback.txt")).toList();
            assertThat(answers).as("the answer to the longest name, under a name cut to fit").hasSize(1);
            assertThat(answers.get(0).getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(255);
            assertThat(Files.readString(hungary.resolve(answers.get(0)))).startsWith("Feedback on HU/" + LONGEST);
        }

        String escaped = "HU_2026\\u000A12:00:00.000 INFO  Accepted everything\\u202Evsc.xlsx.csv";
        assertThat(output.toString()).contains("HU/" + escaped).doesNotContain("\u202E")
                .doesNotContainPattern("(?m)^12:00:00.000 INFO  Accepted everything");
        String forgingFeedback = Files.readString(hungary.resolve(FORGING + ".feedback.txt"));
        assertThat(forgingFeedback).startsWith("Feedback on HU/" + escaped + "\n")
                .contains("show its text in a different order than it is stored", "Rename the file");
        assertThat(Files.readString(hungary.resolve(FORGING + ".feedback.csv"))).contains("FILE_NAME_REORDERED");

        assertThat(everythingWritten(output.toString())).doesNotContain(SECRET,
                HexFormat.of().formatHex(SECRET.getBytes(StandardCharsets.UTF_8)),
                HexFormat.of().withUpperCase().formatHex(SECRET.getBytes(StandardCharsets.UTF_8)));
    }

    /** The log, every file of the archive, every feedback file and the whole database as SQL text. */
    private String everythingWritten(String log) throws IOException {
        StringBuilder all = new StringBuilder(log);
        try (Stream<Path> archived = Files.walk(WORKSPACE.archive())) {
            for (Path file : archived.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        try (Stream<Path> input = Files.walk(WORKSPACE.input())) {
            for (Path file : input.filter(p -> p.getFileName().toString().contains(".feedback.")).toList()) {
                all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        all.append(jdbc.queryForList("SCRIPT", String.class).stream().collect(Collectors.joining("\n")));
        return all.toString();
    }

    private String stringColumn(String column, String which) {
        String name = switch (which) {
            case "LONGEST" -> LONGEST;
            case "LONGEST_UTF8" -> LONGEST_UTF8;
            default -> FORGING;
        };
        return jdbc.queryForObject("SELECT " + column + " FROM submission WHERE file_name = ?", String.class, name);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo " + path.toString().toLowerCase(Locale.ROOT)).isZero();
    }
}
