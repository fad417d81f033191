package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The `watch` command's schedule: the annual publication runs on the cron expression of the configuration, for the
 * latest edition of editions.csv (2026 in the shipped input) when no edition is set.
 */
@SpringBootTest(properties = {"readiness.command=watch", "readiness.watch.publish-cron=* * * * * *"})
@DirtiesContext // stops the schedule once the class is done, so that it never runs beside other tests
class WatchPublicationTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-watch-publish");

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @Autowired
    ScheduledTaskHolder scheduledTasks;

    @Test
    void publishesTheLatestEditionOnTheConfiguredSchedule() throws Exception {
        assertThat(scheduledTasks.getScheduledTasks()).anySatisfy(task ->
                assertThat(task.getTask()).isInstanceOfSatisfying(CronTask.class,
                        cron -> assertThat(cron.getExpression()).isEqualTo("* * * * * *")));

        Path publication = WORKSPACE.output().resolve("2026");
        WatchIntakeTest.waitFor(() -> hasPdf(publication), "the scheduled publication of 2026 in " + publication);
    }

    private static boolean hasPdf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".pdf"));
        } catch (IOException e) {
            return false;
        }
    }
}
