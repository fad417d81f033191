package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A job's steps take the context its command read and lent for the run; a run resumed without one reads the folder
 * again, and only while it still has the fingerprint the run was identified by.
 */
class EditionContextsTest {

    @TempDir
    Path root;

    private final IntakeProperties intake = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("readiness.intake", IntakeProperties.class);

    @Test
    void aRunTakesTheContextLentForItsFingerprintWithoutReadingTheFolderAgain() throws Exception {
        Path input = copyOfTheInput();
        EditionContexts contexts = new EditionContexts(intake);
        EditionContext lent = EditionContext.read(new eu.aireadiness.framework.InputFolder(input), true);
        Files.delete(input.resolve("codebook.csv"));
        Files.delete(input.resolve("method.yml"));

        EditionContext taken = contexts.lending("the run's fingerprint", lent,
                () -> contexts.forRun("the run's fingerprint", input, null, true));

        assertThat(taken).isSameAs(lent);
        assertThatThrownBy(() -> contexts.forRun("the run's fingerprint", input, null, true))
                .as("returned once the launch is over").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResumedRunReadsTheFolderAgainOnlyWhileItHasTheRunsFingerprint() throws Exception {
        Path input = copyOfTheInput();
        EditionContexts contexts = new EditionContexts(intake);
        String fingerprint = InputFingerprint.of(intake.settle(), input);

        EditionContext reread = contexts.forRun(fingerprint, input, null, true);
        assertThat(reread.framework().countries()).hasSize(27);
        assertThat(reread.method()).isPresent();
        assertThat(contexts.forRun(fingerprint, input, null, false).method()).as("the intake alone").isEmpty();

        Path codebook = input.resolve("codebook.csv");
        Files.writeString(codebook, Files.readString(codebook).replace("\n", "\r\n"));
        Files.setLastModifiedTime(codebook, FileTime.from(Instant.now().minusSeconds(60)));
        assertThatThrownBy(() -> contexts.forRun(fingerprint, input, null, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("changed since this run was started")
                .hasMessageContaining("run the command again");
    }

    private Path copyOfTheInput() throws IOException {
        Path input = root.resolve("input");
        EditionWorkspace.copyTree(Path.of("input"), input);
        return input;
    }
}
