package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** The stage lines' wording, the progress lines of a long stage, and silence with --quiet. */
class StageProgressTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void countsReadAsAPersonWritesThem() {
        assertThat(StageProgress.plural(1, "file")).isEqualTo("1 file");
        assertThat(StageProgress.plural(93, "file")).isEqualTo("93 files");
    }

    @Test
    void aLongStageSaysItIsStillWorkingThenSaysWhatItDid() throws Exception {
        StageProgress progress = new StageProgress(false, Duration.ofMillis(20), out);
        StepExecution step = MetaDataInstanceFactory.createStepExecution("compute", 1L);
        progress.beforeStep(step);
        Instant limit = Instant.now().plusSeconds(30);
        while (!printed().contains("compute: still working") && Instant.now().isBefore(limit)) {
            Thread.sleep(10);
        }
        step.getExecutionContext().putString(StageProgress.SUMMARY, "27 countries, 30 indicators, 1000 replications");
        step.setStatus(BatchStatus.COMPLETED);
        progress.afterStep(step);
        progress.destroy();

        String[] lines = printed().split("\n");
        assertThat(lines[0]).matches("compute: still working \\(\\d+\\.\\d s\\)");
        assertThat(lines[lines.length - 1])
                .matches("compute: 27 countries, 30 indicators, 1000 replications \\(\\d+\\.\\d s\\)");
    }

    @Test
    void aFailedStageLeavesItsLineToTheCommandsFailure() {
        StageProgress progress = new StageProgress(false, Duration.ofMinutes(1), out);
        StepExecution step = MetaDataInstanceFactory.createStepExecution("publish", 2L);
        progress.beforeStep(step);
        step.setStatus(BatchStatus.FAILED);
        progress.afterStep(step);
        progress.destroy();
        assertThat(printed()).isEmpty();
    }

    @Test
    void quietPrintsNothing() {
        StageProgress progress = new StageProgress(true, Duration.ofMinutes(1), out);
        StepExecution step = MetaDataInstanceFactory.createStepExecution("compute", 3L);
        progress.beforeStep(step);
        step.getExecutionContext().putString(StageProgress.SUMMARY, "27 countries");
        step.setStatus(BatchStatus.COMPLETED);
        progress.afterStep(step);
        progress.destroy();
        assertThat(printed()).isEmpty();
    }
}
