package eu.aireadiness.intake;

import eu.aireadiness.submission.SubmissionFile;

/**
 * The file was removed or renamed between its listing and its copy into the archive: it is skipped, and read at a
 * later run if it comes back. A failure of one file, never of the intake.
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
