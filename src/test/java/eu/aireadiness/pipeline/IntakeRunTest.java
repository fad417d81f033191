package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The `intake` command: takes in what waits, answers each file, and does nothing when nothing new was dropped. */
@SpringBootTest
class IntakeRunTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-intake");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    IntakeRun intakeRun;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void takesInWhatWaitsThenOnlyWhatIsNew() throws Exception {
        AnnualRun.Outcome first = intakeRun.run(WORKSPACE.settings());

        assertThat(first.success()).as(first.message()).isTrue();
        assertThat(first.message()).startsWith("53 new file(s) taken in");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(53);
        assertThat(count("SELECT COUNT(*) FROM score")).isZero();
        assertThat(WORKSPACE.input().resolve("SK/SK_AIRI_2026.csv.feedback.txt")).exists();

        AnnualRun.Outcome again = intakeRun.run(WORKSPACE.settings());
        assertThat(again.message()).startsWith("nothing new");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(53);

        // Hungary sends its 2026 figures: its 2025 file with the year changed.
        Path hungary = WORKSPACE.input().resolve("HU");
        String figures = Files.readString(hungary.resolve("HU_AIRI_2025.csv")).replace(",2025,", ",2026,");
        Path dropped = Files.writeString(hungary.resolve("HU_AIRI_2026.csv"), figures);
        AnnualRun.Outcome tooEarly = intakeRun.run(WORKSPACE.settings());
        assertThat(tooEarly.message()).as("a file changed within the settle interval is still being written")
                .startsWith("nothing new").endsWith("; 1 file(s) changed within the last 10 s are still being written"
                        + " and are left for the next run: HU/HU_AIRI_2026.csv");
        Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(60)));
        AnnualRun.Outcome news = intakeRun.run(WORKSPACE.settings());
        assertThat(news.message()).startsWith("1 new file(s) taken in");
        assertThat(count("SELECT COUNT(*) FROM submission WHERE country = 'HU' AND edition = 2026"
                + " AND status = 'ACCEPTED' AND version = 1")).isEqualTo(1);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
