package eu.aireadiness.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts test files where officers put them: in a country's folder. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path copy(String resource, Path root, String country, String fileName) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/intake/" + resource)) {
            if (in == null) {
                throw new IOException("no test resource /intake/" + resource);
            }
            return write(root, country, fileName, in.readAllBytes());
        }
    }

    public static Path write(Path root, String country, String fileName, byte[] bytes) throws IOException {
        Path folder = Files.createDirectories(root.resolve(country));
        return Files.write(folder.resolve(fileName), bytes);
    }
}
