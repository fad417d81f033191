package eu.aireadiness.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import eu.aireadiness.intake.SkippedEntry;
import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/**
 * Answers an officer next to an entry of a drop folder that the intake skipped unopened (a link, a folder, a named
 * pipe, a file that could not be read), in the two feedback files a submission gets, so that whoever dropped it
 * learns why nothing happened and what to do.
 */
public final class SkippedEntryFeedback {

    private SkippedEntryFeedback() {
    }

    /**
     * Writes the feedback next to the entry; false when the same answer was already there (written by an earlier
     * intake), so that the log need not repeat it.
     *
     * @throws IOException when it cannot be written (the folder is not writable, or a folder lies at the feedback's
     *                     name): the caller says so in one line of the log instead
     */
    public static boolean write(SkippedEntry entry) throws IOException {
        ValidationProblem problem = entry.problem();
        String title = "Feedback on " + entry.label();
        List<String> text = new ArrayList<>(List.of(title, "=".repeat(title.length()), "",
                "Result:    SKIPPED: nothing was read from it, and it is not a submission.", "",
                "What to do:  " + FeedbackWriter.printable(problem.message())));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(entry.fileName(), "0", "", "", problem.severity().name(), problem.rule(),
                problem.message()));
        if (FileNameText.reordersDisplay(entry.fileName())) {
            String warning = FeedbackWriter.nameReordered(entry.label());
            text.addAll(List.of("", "Warning:   " + warning));
            rows.add(List.of(entry.fileName(), "0", "", "", SubmissionRule.FILE_NAME_REORDERED.severity().name(),
                    SubmissionRule.FILE_NAME_REORDERED.name(), warning));
        }
        return FeedbackWriter.writeFiles(entry.path(), text, rows);
    }
}
