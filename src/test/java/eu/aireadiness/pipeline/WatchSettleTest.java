package eu.aireadiness.pipeline;

import static eu.aireadiness.pipeline.WatchIntakeTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The `watch` command with the default settle interval: a file written in two parts 5 s apart is taken in once,
 * whole, and a dangling link left beside it gets its own answer without keeping the file from its feedback.
 */
@SpringBootTest(properties = {"readiness.command=watch", "readiness.watch.poll=200ms",
        "readiness.watch.publish-cron="})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext // stops the poller once the class is done, so that it never runs beside other tests
class WatchSettleTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-watch-settle");

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void takesInAFileWrittenInTwoPartsOnceWholeBesideADanglingLink(CapturedOutput output) throws Exception {
        waitFor(() -> Files.exists(WORKSPACE.input().resolve("SK/SK_AIRI_2026.csv.feedback.txt"))
                && count("SELECT COUNT(*) FROM submission") == 53, "the 53 files waiting at start-up to be taken in");
        Path hungary = WORKSPACE.input().resolve("HU");
        List<String> lines = Files.readAllLines(hungary.resolve("HU_AIRI_2025.csv")).stream()
                .map(line -> line.replace(",2025,", ",2026,")).toList();
        assertThat(lines).hasSize(31);
        Path file = hungary.resolve("HU_AIRI_2026.csv");

        // The first part: the header and 15 rows, cut between rows, as a slow upload leaves it.
        Files.writeString(file, String.join("\n", lines.subList(0, 16)) + "\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(hungary.resolve("dangling.csv"), WORKSPACE.root().resolve("nowhere.csv"));
        Thread.sleep(5_000);
        Files.writeString(file, String.join("\n", lines.subList(16, 31)) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        waitFor(() -> Files.exists(hungary.resolve("HU_AIRI_2026.csv.feedback.txt"))
                && count("SELECT COUNT(*) FROM submission WHERE country = 'HU' AND edition = 2026") == 1,
                "Hungary's 2026 file to be taken in");
        Map<String, Object> taken = jdbc.queryForMap("SELECT status, version, row_count, error_count FROM submission"
                + " WHERE country = 'HU' AND file_name = 'HU_AIRI_2026.csv'");
        assertThat(taken).containsEntry("STATUS", "ACCEPTED").containsEntry("VERSION", 1)
                .containsEntry("ROW_COUNT", 30).containsEntry("ERROR_COUNT", 0);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE file_name = 'HU_AIRI_2026.csv'"))
                .as("one version, never one of the first part alone").isEqualTo(1);
        assertThat(Files.readString(hungary.resolve("dangling.csv.feedback.txt"))).contains("SKIPPED",
                "symbolic link");
        assertThat(output).contains("Skipped HU/dangling.csv: LINK_OUT_OF_FOLDER")
                .contains("still being written, left for the next intake: HU/HU_AIRI_2026.csv");
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
