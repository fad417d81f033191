package eu.aireadiness.intake;

import eu.aireadiness.submission.SubmissionFile;

/**
 * The file could not be read for a reason of its own (not of the archive folder): it is skipped this time and tried
 * again at a later run. A failure of one file, never of the intake.
 */
public final class SubmissionFileUnreadable extends RuntimeException {

    private final transient SubmissionFile file;

    public SubmissionFileUnreadable(SubmissionFile file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public SubmissionFile file() {
        return file;
    }
}
