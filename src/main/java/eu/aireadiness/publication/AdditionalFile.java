package eu.aireadiness.publication;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file published with the edition that the publisher does not make itself (such as the intake status table):
 * it is written into the same staging folder, so it appears and is replaced together with the publication.
 *
 * @param relativePath where it lies inside the edition's folder, e.g. {@code status/intake-status.csv}
 * @param content      writes the file at the path it is given
 */
public record AdditionalFile(String relativePath, Content content) {

    /** Writes one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    public AdditionalFile {
        if (Path.of(relativePath).isAbsolute() || Path.of(relativePath).normalize().startsWith("..")) {
            throw new IllegalArgumentException("an additional file lies inside the edition's folder; found '"
                    + relativePath + "'");
        }
    }
}
