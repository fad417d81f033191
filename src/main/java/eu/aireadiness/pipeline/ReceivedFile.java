package eu.aireadiness.pipeline;

import eu.aireadiness.intake.SubmissionCheck;
import eu.aireadiness.intake.SubmissionFile;
import eu.aireadiness.intake.SubmissionStore.StoredSubmission;

/**
 * What the intake makes of a dropped file: new content, checked and to be stored; or content this country's folder
 * already delivered under another name, which is not stored again but still gets feedback saying so.
 */
sealed interface ReceivedFile {

    SubmissionFile file();

    record Checked(SubmissionCheck.Outcome outcome) implements ReceivedFile {
        @Override
        public SubmissionFile file() {
            return outcome.file();
        }
    }

    record AlreadyReceived(SubmissionFile file, StoredSubmission earlier) implements ReceivedFile {
    }
}
