package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The `watch` command's intake: a file dropped while the application runs is taken in without any command. */
@SpringBootTest(properties = {"readiness.command=watch", "readiness.watch.poll=200ms",
        "readiness.watch.publish-cron="})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext // stops the poller once the class is done, so that it never runs beside other tests
class WatchIntakeTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-watch");

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void takesInWhatWaitsThenEachFileDroppedLater(CapturedOutput output) throws Exception {
        Path slovakia = WORKSPACE.input().resolve("SK/SK_AIRI_2026.csv.feedback.txt");
        waitFor(() -> Files.exists(slovakia) && count("SELECT COUNT(*) FROM submission") == 53,
                "the 53 files waiting at start-up to be taken in");

        // Hungary sends its 2026 figures: its 2025 file with the year changed, copied in a minute ago.
        Path hungary = WORKSPACE.input().resolve("HU");
        String figures = Files.readString(hungary.resolve("HU_AIRI_2025.csv")).replace(",2025,", ",2026,");
        Path dropped = Files.writeString(hungary.resolve("HU_AIRI_2026.csv"), figures);
        Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(60)));

        waitFor(() -> Files.exists(hungary.resolve("HU_AIRI_2026.csv.feedback.txt"))
                && count("SELECT COUNT(*) FROM submission WHERE country = 'HU' AND edition = 2026"
                + " AND status = 'ACCEPTED' AND version = 1") == 1, "Hungary's 2026 file to be taken in");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(54);
        assertThat(output).as("requests for an intake already done are dropped quietly")
                .doesNotContain("rejected in filter").contains("Intake launched by");
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /**
     * A guard against a hang, not a speed target: the poll is 200 ms, but a publication (three reports and 81
     * country profiles) takes a while on a busy machine.
     */
    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting for " + what + " after 90 s").isBefore(limit);
            Thread.sleep(100);
        }
    }
}
