package eu.aireadiness.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample under input/ is exactly what the generator writes: regenerate and commit when this fails. */
class ShippedSampleInputTest {

    @Test
    void committedFilesEqualTheGeneratorsOutput(@TempDir Path dir) throws Exception {
        SampleFolders.generateInto(dir);

        List<String> generated = SampleFolders.files(dir);
        assertThat(SampleFolders.files(SampleFolders.SHIPPED))
                .as("files under input/ (run SampleInput.generate(Path.of(\"input\")) and commit)")
                .isEqualTo(generated);
        for (String file : generated) {
            Path shipped = SampleFolders.SHIPPED.resolve(file);
            Path fresh = dir.resolve(file);
            if (file.endsWith(".xlsx")) {
                assertThat(SubmissionTable.cells(shipped)).as(file).isEqualTo(SubmissionTable.cells(fresh));
            } else {
                assertThat(Files.readAllBytes(shipped)).as(file).isEqualTo(Files.readAllBytes(fresh));
            }
        }
    }
}
