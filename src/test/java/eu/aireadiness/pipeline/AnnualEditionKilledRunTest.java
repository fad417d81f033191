package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A process killed in the middle of a run leaves its execution marked as running in the job repository, with no
 * end time. The next run of the same command recovers that execution and resumes it instead of refusing to start.
 */
@SpringBootTest
class AnnualEditionKilledRunTest {

    private static final int EDITION = 2026;
    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-killed");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    AnnualRun annualRun;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNextRunRecoversAnExecutionLeftRunningByAKilledProcess() throws Exception {
        Files.writeString(WORKSPACE.output(), "not a folder");
        assertThat(annualRun.run(EDITION, WORKSPACE.settings()).success()).isFalse();
        Files.delete(WORKSPACE.output());
        // What kill -9 during the publication step leaves behind: the job and the step still "STARTED".
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL");
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                + " WHERE STEP_NAME = 'publish'");
        int values = jdbc.queryForObject("SELECT COUNT(*) FROM submitted_value", Integer.class);

        AnnualRun.Outcome resumed = annualRun.run(EDITION, WORKSPACE.settings());

        assertThat(resumed.success()).as(resumed.message()).isTrue();
        assertThat(Files.exists(WORKSPACE.output().resolve("2026").resolve("AIRI-2026-report-en.pdf"))).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submitted_value", Integer.class)).isEqualTo(values);
        assertThat(jdbc.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID",
                String.class)).containsExactly("FAILED", "COMPLETED");
    }
}
