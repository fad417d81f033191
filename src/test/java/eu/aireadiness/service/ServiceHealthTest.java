package eu.aireadiness.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import eu.aireadiness.pipeline.ReadinessProperties;

/** The folder indicators' DOWN cases, which a running service cannot be put in without breaking its other tests. */
class ServiceHealthTest {

    @TempDir
    Path dir;

    @Test
    void aMissingInputFolderIsDown() {
        Path missing = dir.resolve("no-input");
        Health health = new ServiceHealth().dropFoldersHealthIndicator(settings(missing, dir.resolve("archive")))
                .health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("input", missing.toString())
                .containsEntry("problem", "the input folder does not exist");
    }

    @Test
    void anArchiveThatCannotBeMadeIsDownAndOneStillToBeMadeIsUp() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Health blocked = new ServiceHealth().archiveHealthIndicator(settings(dir, file.resolve("archive"))).health();
        assertThat(blocked.getStatus()).isEqualTo(Status.DOWN);
        assertThat(blocked.getDetails()).containsEntry("problem", file + " does not take new files; make it"
                + " writable or set readiness.archive");
        Health later = new ServiceHealth().archiveHealthIndicator(settings(dir, dir.resolve("data/archive")))
                .health();
        assertThat(later.getStatus()).as("made by the first intake, in a folder that takes it").isEqualTo(Status.UP);
    }

    @Test
    void durationsReadAsAnOperatorReadsThem() {
        assertThat(Durations.words(java.time.Duration.ofSeconds(40))).isEqualTo("40 s");
        assertThat(Durations.words(java.time.Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(Durations.words(java.time.Duration.ofMinutes(185))).isEqualTo("3 h 5 min");
        assertThat(Durations.words(java.time.Duration.ofHours(76))).isEqualTo("3 d 4 h");
    }

    private static ReadinessProperties settings(Path input, Path archive) {
        return new ReadinessProperties(input, input.resolve("output"), Path.of("output-templates"), archive);
    }
}
