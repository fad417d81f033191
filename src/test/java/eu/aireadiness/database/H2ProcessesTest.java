package eu.aireadiness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The embedded H2 database in use by another process, damaged, or deleted under a running {@code watch}: each ends
 * with one line that names the cause and what to do, and exit status 1; never a stack trace, and never ACCEPTED
 * feedback for a file whose data cannot be kept. Every case runs the program in a process of its own, as an
 * operator does.
 */
class H2ProcessesTest {

    private static final Duration START = Duration.ofSeconds(90);

    private final Workspace workspace = Workspace.create("airi-h2-processes");

    @Test
    void aSecondProcessOnTheSameFileIsToldTheDatabaseIsInUse() throws Exception {
        try (ChildProcess first = ChildProcess.start(workspace.root(), Map.of(),
                workspace.intake("--readiness.pause-at-job-start=30s"))) {
            first.awaitLine("pausing", START);
            try (ChildProcess second = ChildProcess.start(workspace.root(), Map.of(), workspace.intake())) {
                assertThat(second.awaitExit(START)).as("%s", second.lines()).isEqualTo(1);
                assertThat(second.lines()).as("the whole output").hasSize(1);
                assertThat(second.lines().get(0)).startsWith("readiness-index: the H2 database "
                        + workspace.database() + ".mv.db is in use by another process").contains("wait for it");
            }
            assertThat(first.awaitExit(START)).as("%s", first.lines()).isZero();
        }
    }

    @Test
    void aFileThatIsNotAnH2DatabaseIsOneLine() throws Exception {
        Path file = Files.createDirectories(workspace.database().getParent()).resolve("readiness.mv.db");
        Files.write(file, randomBytes(64 * 1024));
        try (ChildProcess process = ChildProcess.start(workspace.root(), Map.of(), workspace.intake())) {
            assertThat(process.awaitExit(START)).as("%s", process.lines()).isEqualTo(1);
            assertThat(process.lines()).as("the whole output").containsExactly("readiness-index: the H2 database "
                    + file + " cannot be used: it is not an H2 database file (it does not begin with H2's header;"
                    + " damaged or overwritten): restore it from a backup, or move it aside to start an empty"
                    + " database, then run the same command again");
        }
    }

    @Test
    void anH2FileDamagedAfterItsHeaderIsOneLine() throws Exception {
        Path file = Files.createDirectories(workspace.database().getParent()).resolve("readiness.mv.db");
        byte[] header = "H:2,block:3,blockSize:1000,chunk:2,format:3,version:2".getBytes(StandardCharsets.US_ASCII);
        byte[] content = randomBytes(64 * 1024);
        System.arraycopy(header, 0, content, 0, header.length);
        Files.write(file, content);
        try (ChildProcess process = ChildProcess.start(workspace.root(), Map.of(), workspace.intake())) {
            assertThat(process.awaitExit(START)).as("%s", process.lines()).isEqualTo(1);
            assertThat(process.lines()).as("the whole output").hasSize(1);
            assertThat(process.lines().get(0)).startsWith("readiness-index: the H2 database " + file)
                    .contains("restore it from a backup");
        }
        try (ChildProcess debug = ChildProcess.start(workspace.root(), Map.of(), workspace.intake("--debug"))) {
            assertThat(debug.awaitExit(START)).as("%s", debug.lines()).isEqualTo(1);
            assertThat(debug.traceLines()).as("--debug shows the stack trace").isNotEmpty();
            assertThat(debug.lines().get(debug.lines().size() - 1)).startsWith("readiness-index: the H2 database ");
        }
    }

    @Test
    void watchStopsWhenItsDatabaseFolderIsDeletedAndAcceptsNothingAfter() throws Exception {
        try (ChildProcess watch = ChildProcess.start(workspace.root(), Map.of(), workspace.watch(
                "--readiness.watch.poll=200ms", "--readiness.watch.publish-cron=",
                "--readiness.database-check=1s"))) {
            watch.awaitLine("Intake launched by", START);

            deleteTree(workspace.database().getParent());
            // Hungary sends its 2026 figures right after: they must not be accepted into the deleted file.
            Path hungary = workspace.input().resolve("HU");
            String figures = Files.readString(hungary.resolve("HU_AIRI_2025.csv")).replace(",2025,", ",2026,");
            Path dropped = Files.writeString(hungary.resolve("HU_AIRI_2026.csv"), figures);
            Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(60)));

            assertThat(watch.awaitExit(Duration.ofSeconds(30))).as("%s", watch.lines()).isEqualTo(1);
            assertThat(watch.failureLines()).as("%s", watch.lines()).containsExactly(watch.failureLines().get(0));
            assertThat(watch.failureLines().get(0)).contains("the H2 database " + workspace.database() + ".mv.db"
                    + " was deleted while watch was running", "start watch again");
            assertThat(watch.traceLines()).as("%s", watch.lines()).isEmpty();
            assertThat(watch.lines()).noneMatch(line -> line.contains("HU/HU_AIRI_2026.csv"));
        }
        Path feedback = workspace.input().resolve("HU").resolve("HU_AIRI_2026.csv.feedback.txt");
        assertThat(!Files.exists(feedback) || !Files.readString(feedback).contains("ACCEPTED"))
                .as("no ACCEPTED feedback for a file dropped after the database was deleted").isTrue();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(10).nextBytes(bytes);
        return bytes;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
