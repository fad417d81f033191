package eu.aireadiness.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.aireadiness.intake.FeedbackFiles;
import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.intake.SubmissionStore.StoredSubmission;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.ValidationReport;

/**
 * Answers an officer next to the file they dropped: {@code <file>.feedback.txt} for a person to read, and
 * {@code <file>.feedback.csv} for a spreadsheet or a script, one row per problem. A file is accepted when the CSV
 * has no row of severity ERROR. Every text cell of the CSV that comes from the submission is neutralised against
 * formula injection ({@link SpreadsheetText}); the text file has its control characters replaced.
 */
public final class FeedbackWriter {

    static final String[] CSV_HEADER = {"file", "row", "column", "value", "severity", "rule", "message"};
    static final String ALREADY_RECEIVED = "ALREADY_RECEIVED";
    static final String PROBLEMS_LEFT_OUT = "PROBLEMS_LEFT_OUT";

    /** The feedback on a file that was read, validated and stored. */
    public void writeChecked(SubmissionFile file, ValidationReport report, OptionalInt version) {
        List<String> text = new ArrayList<>(header(file));
        text.add("Edition:   " + (report.edition() == 0 ? "could not be determined" : report.edition()));
        text.add("Result:    " + result(file, report, version));
        text.add("Values:    " + report.values() + " valid row(s) read"
                + (report.accepted() ? " and stored" : ", none of them stored"));
        text.add("Errors:    " + report.errorCount());
        text.add("Warnings:  " + report.warningCount());
        text.add("");
        if (report.problems().isEmpty()) {
            text.add("No problem was found.");
        } else {
            text.add("Problems, one block each (the same list is in " + FeedbackFiles.csvFor(file.path()).getFileName()
                    + " for spreadsheets and scripts):");
            int n = 0;
            for (ValidationProblem problem : report.problems()) {
                text.add("");
                text.addAll(block(++n, report.problems().size(), problem));
            }
        }
        List<List<String>> rows = new ArrayList<>(report.problems().stream().map(p -> List.of(file.fileName(),
                Long.toString(p.row()), p.column(), p.value(), p.severity().name(), p.rule(), p.message())).toList());
        if (report.problemsLeftOut() > 0) {
            String more = report.problemsLeftOut() + " more problem(s) were found but are not listed: only the first "
                    + report.problems().size() + " are. The same mistake is often repeated down the file; correct"
                    + " these and drop the file again to see what remains.";
            text.add("");
            text.add(more);
            rows.add(List.of(file.fileName(), "0", "", "", "INFO", PROBLEMS_LEFT_OUT, more));
        }
        write(file, text, rows);
    }

    /** The feedback on a file whose content was received before: it is not stored again. */
    public void writeIdentical(SubmissionFile file, StoredSubmission earlier) {
        String what = "identical to " + earlier.fileName() + ", received on " + earlier.receivedAt()
                + (earlier.accepted() ? " and accepted as version " + earlier.version().orElseThrow() + " of "
                + file.folderCountry() + " " + earlier.edition() : " and rejected") + "; nothing changed,"
                + " so this file was not stored again.";
        List<String> text = new ArrayList<>(header(file));
        text.add("Result:    ALREADY RECEIVED: the file is " + what);
        text.add("");
        text.add(earlier.accepted() ? "To change the figures, drop a file with the corrected values."
                : "See the feedback on " + earlier.fileName() + " for its errors; drop a corrected file.");
        write(file, text, List.of(List.of(file.fileName(), "0", "", "", "INFO", ALREADY_RECEIVED,
                file.label() + ": " + what)));
    }

    /**
     * The feedback on a file not taken in this time (it changed or vanished while it was read, or could not be
     * read): nothing of it was stored, and it is tried again at the next run.
     */
    public void writeSkipped(SubmissionFile file, ValidationProblem why) {
        List<String> text = new ArrayList<>(header(file));
        text.add("Result:    SKIPPED: the file was not taken in this time; nothing of it was stored. It is tried"
                + " again at the next run.");
        text.add("");
        text.add(printable(why.message()));
        write(file, text, List.of(List.of(file.fileName(), "0", "", "", why.severity().name(), why.rule(),
                why.message())));
    }

    private static List<String> header(SubmissionFile file) {
        String title = "Feedback on " + file.label();
        return new ArrayList<>(List.of(title, "=".repeat(title.length()), "",
                "Received:  " + file.lastModified() + " (the time the file was last changed)",
                "SHA-256:   " + file.sha256(),
                "Size:      " + file.sizeBytes() + " bytes"));
    }

    private static String result(SubmissionFile file, ValidationReport report, OptionalInt version) {
        if (report.accepted()) {
            return "ACCEPTED as version " + version.orElseThrow() + " of " + file.folderCountry() + "'s submission for "
                    + report.edition() + "; it replaces any earlier version and is the one used."
                    + (report.warningCount() > 0 ? " Please look at the warnings below." : "");
        }
        return "REJECTED: the file has " + report.errorCount() + " error(s), so none of its values is used."
                + " Correct them and drop the corrected file into the same folder; it is checked at the next run.";
    }

    private static List<String> block(int n, int of, ValidationProblem problem) {
        String where = problem.row() == 0 ? "the whole file" : "row " + problem.row();
        if (!problem.column().isEmpty()) {
            where += ", column '" + printable(problem.column()) + "'";
        }
        return List.of(
                "Problem " + n + " of " + of + ": " + problem.severity() + " at " + where,
                "  Found:       " + (problem.value().isEmpty() ? "(nothing)" : "'" + printable(problem.value()) + "'"),
                "  Rule:        " + problem.rule(),
                "  What to do:  " + printable(problem.message()));
    }

    /** Control characters from a file would break the layout a person reads (or move the cursor in a terminal). */
    static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }

    private static void write(SubmissionFile file, List<String> text, List<List<String>> rows) {
        List<String> lines = new ArrayList<>(text);
        List<List<String>> records = new ArrayList<>(rows);
        if (FileNameText.reordersDisplay(file.fileName())) {
            String warning = nameReordered(file.label());
            lines.addAll(List.of("", "Warning:   " + warning));
            records.add(List.of(file.fileName(), "0", "", "", SubmissionRule.FILE_NAME_REORDERED.severity().name(),
                    SubmissionRule.FILE_NAME_REORDERED.name(), warning));
        }
        try {
            writeFiles(file.path(), lines, records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the feedback on " + file.label() + " next to it: " + e.getClass().getSimpleName() + ". Check"
                    + " that the drop folder is writable by the pipeline.", e);
        }
    }

    /** The warning on a name that holds bidirectional controls, named with them escaped. */
    static String nameReordered(String escapedLabel) {
        return "the file name " + escapedLabel + " contains characters that make it show its text in a different"
                + " order than it is stored (shown above as \\uXXXX), so the name you see is not the file's real"
                + " name. Rename the file using only letters, digits, '-', '_' and '.'.";
    }

    /**
     * Writes the text and the CSV feedback next to an entry of a drop folder, each through {@link FeedbackFileWrite},
     * so that nothing planted at their names redirects them.
     */
    static boolean writeFiles(Path entry, List<String> text, List<List<String>> rows) throws IOException {
        boolean changed = FeedbackFileWrite.replace(FeedbackFiles.textFor(entry), String.join("\n", text) + "\n");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).setRecordSeparator("\n").get();
        StringWriter csvText = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(csvText, format)) {
            for (List<String> row : rows) {
                // severity and rule are the pipeline's own words; everything else quotes or names the file
                csv.printRecord(SpreadsheetText.neutralise(row.get(0)), row.get(1),
                        SpreadsheetText.neutralise(row.get(2)), SpreadsheetText.neutralise(row.get(3)),
                        row.get(4), row.get(5), SpreadsheetText.neutralise(row.get(6)));
            }
        }
        boolean csvChanged = FeedbackFileWrite.replace(FeedbackFiles.csvFor(entry), csvText.toString());
        return csvChanged || changed;
    }
}
