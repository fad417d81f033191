package eu.aireadiness.intake;

import eu.aireadiness.submission.SubmissionFile;

/**
 * The file was removed or renamed between the moment it was listed and the moment it was read: there is nothing to
 * take in.
 */
public final class FileVanished extends RuntimeException {

    private final transient SubmissionFile file;

    public FileVanished(SubmissionFile file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public SubmissionFile file() {
        return file;
    }
}
