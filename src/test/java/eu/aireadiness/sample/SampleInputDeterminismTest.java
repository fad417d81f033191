package eu.aireadiness.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleInputDeterminismTest {

    @Test
    void twoRunsWriteIdenticalBytesWorkbooksIncluded(@TempDir Path first, @TempDir Path second) throws Exception {
        SampleFolders.generateInto(first);
        // Zip entry times have a resolution of two seconds: let the clock move on so that a timestamp would show.
        Thread.sleep(2100);
        SampleFolders.generateInto(second);

        List<String> files = SampleFolders.files(first);
        assertThat(SampleFolders.files(second)).isEqualTo(files);
        assertThat(files).anyMatch(f -> f.endsWith(".xlsx"));
        for (String file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void regeneratingOverAnEarlierRunChangesNothing(@TempDir Path dir) throws Exception {
        SampleFolders.generateInto(dir);
        List<String> files = SampleFolders.files(dir);
        byte[] workbook = Files.readAllBytes(dir.resolve("NL/AIRI_NL_2026.xlsx"));

        SampleInput.generate(dir);

        assertThat(SampleFolders.files(dir)).isEqualTo(files);
        assertThat(Files.readAllBytes(dir.resolve("NL/AIRI_NL_2026.xlsx"))).isEqualTo(workbook);
    }
}
