package eu.aireadiness.intake;

import eu.aireadiness.submission.SubmissionFile;

/**
 * The file's content changed between its listing and its copy into the archive (it was still being written or
 * saved): it is skipped this time and read again once it stops changing. A failure of one file, never of the
 * intake.
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
