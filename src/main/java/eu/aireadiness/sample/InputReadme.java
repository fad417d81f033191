package eu.aireadiness.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code input/README.md}, which explains the layout of the input folder and that the sample is illustrative.
 * It is kept as a resource next to the generator so that the shipped folder and the generator never disagree.
 */
final class InputReadme {

    static final String NAME = "README.md";
    private static final String RESOURCE = "input-README.md";

    private InputReadme() {
    }

    static void write(Path file) {
        try (InputStream text = InputReadme.class.getResourceAsStream(RESOURCE)) {
            if (text == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " of package eu.aireadiness.sample is "
                        + "missing from the classpath; it belongs in src/main/resources/eu/aireadiness/sample/");
            }
            Files.write(file, text.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
