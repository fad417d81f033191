package eu.aireadiness.intake;

import eu.aireadiness.submission.SubmissionFile;

/**
 * The file could not be read, or is not a regular file the intake may read (a link, a folder, a device): it is
 * skipped, and the officer is told why.
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
