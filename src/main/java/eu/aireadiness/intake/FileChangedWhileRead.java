package eu.aireadiness.intake;

import eu.aireadiness.submission.SubmissionFile;

/**
 * The file changed between the moment it was listed and the moment it was copied: it is still being written, so it
 * is left for a later intake.
 */
public final class FileChangedWhileRead extends RuntimeException {

    private final transient SubmissionFile file;

    public FileChangedWhileRead(SubmissionFile file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public SubmissionFile file() {
        return file;
    }
}
