package eu.aireadiness.submission;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file an officer dropped into a country's folder, identified by its content.
 *
 * @param path          where it lies
 * @param folderCountry the country whose folder holds it (the file must be about that country)
 * @param sha256        lower-case hex SHA-256 of the bytes: the identity of the submission; for a file too large to
 *                      read, the SHA-256 of its description instead (see {@code DropFolders})
 * @param sizeBytes     size in bytes when it was listed
 * @param lastModified  the file's modification time, taken as its arrival time
 */
public record SubmissionFile(Path path, String folderCountry, String sha256, long sizeBytes, Instant lastModified) {

    public String fileName() {
        return path.getFileName().toString();
    }

    /**
     * How messages and logs name the file: its country folder and its name, escaped ({@link FileNameText}) so that
     * a line break or a bidirectional control in a name cannot forge or reorder a line; e.g. {@code SK/AIRI_2026_SK.csv}.
     */
    public String label() {
        return folderCountry + "/" + FileNameText.escaped(fileName());
    }
}
