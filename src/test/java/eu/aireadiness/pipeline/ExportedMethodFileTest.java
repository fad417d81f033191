package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.InputFolder;

/**
 * The method file published with the COINr export is the one the edition was computed with: its text as the input
 * folder holds it, and a file changed since the run read it is refused rather than published beside scores it did
 * not give.
 */
class ExportedMethodFileTest {

    @TempDir
    Path dir;

    @Test
    void theExportedMethodIsTheTextTheRunRead() throws IOException {
        EditionWorkspace.copyTree(Path.of("input"), dir);
        EditionContext context = EditionContext.read(new InputFolder(dir), true);

        assertThat(ComputeStepConfiguration.methodFileText(context))
                .isEqualTo(Files.readString(dir.resolve("method.yml")));
    }

    @Test
    void aMethodFileChangedSinceTheRunReadItIsRefused() throws IOException {
        EditionWorkspace.copyTree(Path.of("input"), dir);
        EditionContext context = EditionContext.read(new InputFolder(dir), true);
        Path method = dir.resolve("method.yml");
        Files.writeString(method, Files.readString(method).replace("seed: 20261128", "seed: 7"));

        assertThatThrownBy(() -> ComputeStepConfiguration.methodFileText(context))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(method + " was changed while the edition was being computed; run again to compute the"
                        + " edition with the method file as it is now");
    }
}
