package eu.aireadiness.intake;

import java.nio.file.Path;

/**
 * The names of the feedback files the intake writes next to an officer's file, {@code <file name>.feedback.txt}
 * and {@code <file name>.feedback.csv}. They live in the drop folders, so whoever lists or fingerprints those
 * folders must leave them out: they are the pipeline's answers, never submissions.
 */
public final class FeedbackFiles {

    static final String TEXT_SUFFIX = ".feedback.txt";
    static final String CSV_SUFFIX = ".feedback.csv";

    private FeedbackFiles() {
    }

    /** The feedback a person reads. */
    public static Path textFor(Path submission) {
        return submission.resolveSibling(submission.getFileName() + TEXT_SUFFIX);
    }

    /** The feedback a spreadsheet or a script reads. */
    public static Path csvFor(Path submission) {
        return submission.resolveSibling(submission.getFileName() + CSV_SUFFIX);
    }

    public static boolean isFeedback(String fileName) {
        return fileName.endsWith(TEXT_SUFFIX) || fileName.endsWith(CSV_SUFFIX);
    }
}
