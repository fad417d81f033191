package eu.aireadiness.pipeline;

import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.intake.SubmissionStore.StoredSubmission;
import eu.aireadiness.validation.PreviousValues;

/**
 * What the intake makes of a dropped file: new content, to be checked and stored as it is read; or content this
 * country's folder already delivered under another name, which is not stored again but still gets feedback saying
 * so.
 */
sealed interface ReceivedFile {

    SubmissionFile file();

    /** @param previous the accepted values of earlier editions, for the check of large changes */
    record New(SubmissionFile file, PreviousValues previous) implements ReceivedFile {
    }

    record AlreadyReceived(SubmissionFile file, StoredSubmission earlier) implements ReceivedFile {
    }
}
