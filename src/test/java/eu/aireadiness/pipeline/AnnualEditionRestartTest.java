package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run that fails in its last step (the output folder cannot be created: a file stands in its way) is restarted
 * by running the same command again: it resumes with the publication step only, stores nothing twice and gives
 * the same publication as an uninterrupted run.
 */
@SpringBootTest
class AnnualEditionRestartTest {

    private static final int EDITION = 2026;
    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-restart");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    AnnualRun annualRun;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedRunResumesWhereItStoppedAndPublishesTheSameAsAnUninterruptedRun() throws Exception {
        Files.writeString(WORKSPACE.output(), "not a folder");

        AnnualRun.Outcome failed = annualRun.run(EDITION, WORKSPACE.settings());

        assertThat(failed.success()).isFalse();
        assertThat(failed.message()).contains("failed").contains("exists and is not a directory")
                .contains("run the same command again");
        assertThat(stepsOfLastExecution()).containsEntry("intake", "COMPLETED").containsEntry("compute", "COMPLETED")
                .containsEntry("publish", "FAILED");
        int submissions = count("submission");
        int values = count("submitted_value");
        int scores = count("score");
        assertThat(values).isGreaterThan(0);

        Files.delete(WORKSPACE.output());
        AnnualRun.Outcome resumed = annualRun.run(EDITION, WORKSPACE.settings());

        assertThat(resumed.success()).as(resumed.message()).isTrue();
        assertThat(stepsOfLastExecution()).containsOnlyKeys("publish").containsEntry("publish", "COMPLETED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isEqualTo(1);
        assertThat(count("submission")).isEqualTo(submissions);
        assertThat(count("submitted_value")).isEqualTo(values);
        assertThat(count("score")).isEqualTo(scores);

        // The same inputs published again from nothing, into another folder, give the same files.
        Path elsewhere = WORKSPACE.root().resolve("uninterrupted");
        assertThat(annualRun.run(EDITION, WORKSPACE.settings(elsewhere)).success()).isTrue();
        Path resumedEdition = WORKSPACE.output().resolve(String.valueOf(EDITION));
        Path cleanEdition = elsewhere.resolve(String.valueOf(EDITION));
        String csv = "AIRI-" + EDITION + "-scores.csv";
        assertThat(Files.readAllBytes(resumedEdition.resolve(csv))).isEqualTo(Files.readAllBytes(cleanEdition.resolve(csv)));
        String pdf = "AIRI-" + EDITION + "-report-en.pdf";
        assertThat(AnnualEditionEndToEndChecks.pdfText(resumedEdition.resolve(pdf)))
                .isEqualTo(AnnualEditionEndToEndChecks.pdfText(cleanEdition.resolve(pdf)));
        assertThat(count("submission")).isEqualTo(submissions);
        assertThat(count("submitted_value")).isEqualTo(values);
    }

    private Map<String, String> stepsOfLastExecution() {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT STEP_NAME, STATUS FROM BATCH_STEP_EXECUTION"
                + " WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)");
        Map<String, String> steps = new java.util.HashMap<>();
        rows.forEach(r -> steps.put((String) r.get("STEP_NAME"), (String) r.get("STATUS")));
        return steps;
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
