package eu.aireadiness.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import eu.aireadiness.submission.SubmissionRule;

/**
 * The size limit, judged before a byte of a file is read, and the refusals of files that cannot be afforded; the
 * line length is judged while the bytes stream in ({@link CsvText}).
 */
final class BoundedRead {

    private BoundedRead() {
    }

    /** Refuses a file larger than the limit, by its size alone. */
    static void requireSize(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(label, e);
        }
        if (size > limits.maxFileBytes()) {
            throw tooLarge(label, size, limits);
        }
    }

    static RefusedFile tooLarge(String label, long size, SubmissionLimits limits) {
        return new RefusedFile(SubmissionRule.FILE_TOO_LARGE.problem(0, "", "", label + ": the file is "
                + SubmissionLimits.size(size) + ", more than the " + SubmissionLimits.size(limits.maxFileBytes())
                + " a submission may be (a filled-in template is a few KB), so it was not read. Send only the"
                + " submission table: one header and one row per indicator, as in the template."));
    }

    static RefusedFile lineTooLong(String label, long line, SubmissionLimits limits) {
        return new RefusedFile(SubmissionRule.LINE_TOO_LONG.problem(line, "", "", label + ", line " + line
                + ": the line is longer than " + SubmissionLimits.size(limits.maxLineBytes()) + ", the most a line"
                + " of a submission may be (a row of the template is under 2 KB), so the file was not read. Check"
                + " that the file has one line per row; save it again as 'CSV UTF-8 (comma delimited) (*.csv)'."));
    }

    static RefusedFile unreadable(String label, IOException e) {
        return new RefusedFile(SubmissionRule.UNREADABLE_FILE.problem(0, "", "", label
                + ": the file could not be read (" + e.getClass().getSimpleName() + "). Check that it is not"
                + " open in another program or still being copied, then drop it again."));
    }
}
