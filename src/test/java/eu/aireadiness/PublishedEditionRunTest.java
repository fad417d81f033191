package eu.aireadiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code run --year 2025} on the shipped input, where 2025 is published: refused in one line before Spring or the
 * database start, its publication left byte for byte as it was.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublishedEditionRunTest {

    @Test
    void aRunOfAPublishedEditionIsRefusedInOneLineAndTouchesNothing(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path published = dir.resolve("output/2025");
        Files.createDirectories(published.resolve("profiles"));
        Files.writeString(published.resolve("AIRI-2025-scores.csv"), "EDITION,REF_AREA\n2025,BE\n");
        Files.write(published.resolve("profiles/AIRI-2025-BE-en.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xff});
        Map<String, String> before = tree(published);

        int exit = ReadinessIndexApplication.execute("run", "--year", "2025", "--output",
                dir.resolve("output").toString(), "--db", dir.resolve("db/readiness").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output.getErr().strip()).doesNotContain("\n")
                .startsWith("readiness-index: edition 2025 is published (state 'published' in ")
                .contains("editions.csv): its publication in " + published.toAbsolutePath().normalize()
                        + " is final and is not made again")
                .endsWith("run that edition instead.");
        assertThat(tree(published)).isEqualTo(before);
        assertThat(dir.resolve("db")).as("the database was never opened").doesNotExist();
        assertThat(output.getOut()).doesNotContain("Spring");
    }

    /** Every file under a folder with its bytes and time of change. */
    private static Map<String, String> tree(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file))
                        + "@" + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return files;
    }
}
