package eu.aireadiness.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.RowListener;
import eu.aireadiness.submission.SubmittedRow;

/**
 * Reads a submitted file, CSV or Excel workbook, into rows of text without judging their content. Whatever is wrong
 * with the file comes back as problems of the result; no exception escapes for bad input. A CSV file streams: its
 * rows can be handed to a {@link RowListener} as they are read; a workbook is read whole (its unpacked size is
 * limited), then handed on the same way.
 */
public final class SubmissionReader {

    private enum FileType { CSV, XLSX, XLS, XLSM, OTHER }

    /** What a listener threw: not the file's fault, so it is not turned into a refusal of the file. */
    private static final class ListenerFailure extends RuntimeException {
        ListenerFailure(RuntimeException cause) {
            super(cause);
        }
    }

    private SubmissionReader() {
    }

    /** Reads a file within the {@linkplain SubmissionLimits#DEFAULT default limits}. */
    public static ReadResult read(Path file) {
        return read(file, SubmissionLimits.DEFAULT);
    }

    /** Reads a file within the given limits, its rows held in the result. */
    public static ReadResult read(Path file, SubmissionLimits limits) {
        List<SubmittedRow> rows = new ArrayList<>();
        ReadResult read = read(file, limits, new RowListener() {
            @Override
            public void header(ReadResult header) {
            }

            @Override
            public void row(SubmittedRow row) {
                rows.add(row);
            }
        });
        // A refused file (no format detected) has no rows, and a workbook with errors keeps the rows read.
        return read.format().isEmpty() || rows.isEmpty() ? read : new ReadResult(read.header(), read.headerRow(),
                read.sheet(), rows, read.format(), read.problems());
    }

    /**
     * Reads a file within the given limits, handing its header and rows to the listener as they are read; the
     * result holds no rows. A symbolic link is refused without looking at what it points to, and a file over the
     * size limit without reading it: the intake reads nothing outside the country's folder and nothing it cannot
     * afford. A file refused after some of its rows were handed on is refused as a whole all the same.
     */
    public static ReadResult read(Path file, SubmissionLimits limits, RowListener listener) {
        String label = label(file);
        RowListener guarded = guard(listener);
        try {
            BasicFileAttributes attributes = NoFollowFile.attributes(file);
            if (attributes.isSymbolicLink()) {
                return ReadResult.refused(linkRefused(label));
            }
            if (!attributes.isRegularFile()) {
                // A named pipe would block whoever opens it, and a folder has nothing to read.
                return ReadResult.refused(SubmissionRule.NOT_A_REGULAR_FILE.problem(0, "", "", label + ": this is"
                        + " not a regular file (a folder, a named pipe or a device), so it was not opened. Drop the"
                        + " submission as an ordinary .csv or .xlsx file."));
            }
            BoundedRead.requireSize(file, label, limits);
            return switch (type(file)) {
                case CSV -> CsvSubmissionReader.read(file, label, limits, guarded);
                case XLSX -> handOn(XlsxSubmissionReader.read(file, label, limits), guarded);
                case XLS -> ReadResult.refused(SubmissionRule.LEGACY_EXCEL.problem(0, "", "", label
                        + ": Excel 97-2003 workbooks (.xls) are not accepted; " + XlsxSubmissionReader.SAVE_AS_XLSX
                        + " and send the .xlsx file."));
                case XLSM -> ReadResult.refused(SubmissionRule.MACRO_ENABLED_WORKBOOK.problem(0, "", "", label
                        + ": macro-enabled workbooks (.xlsm) are not accepted; " + XlsxSubmissionReader.SAVE_AS_XLSX
                        + " (Excel then drops the macros) and send the .xlsx file."));
                case OTHER -> ReadResult.refused(SubmissionRule.UNSUPPORTED_FILE_TYPE.problem(0, "", "", label
                        + ": only .csv and .xlsx files are read. Fill in the Excel template (.xlsx), or save the"
                        + " table as 'CSV UTF-8 (comma delimited) (*.csv)'."));
            };
        } catch (RefusedFile e) {
            return ReadResult.refused(e.problem());
        } catch (IOException e) {
            return ReadResult.refused(BoundedRead.unreadable(label, e).problem());
        } catch (ListenerFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException e) {
            return ReadResult.refused(SubmissionRule.UNREADABLE_FILE.problem(0, "", "", label
                    + ": the file could not be read (" + e.getClass().getSimpleName() + "). Save it again from"
                    + " the template as .xlsx or as 'CSV UTF-8 (comma delimited) (*.csv)' and send it again."));
        }
    }

    /** A workbook, read whole, is handed on as a CSV file is: the header, then each row. */
    private static ReadResult handOn(ReadResult read, RowListener listener) {
        if (read.hasErrors()) {
            return read;
        }
        ReadResult withoutRows = new ReadResult(read.header(), read.headerRow(), read.sheet(), List.of(),
                read.format(), read.problems());
        listener.header(withoutRows);
        read.rows().forEach(listener::row);
        return withoutRows;
    }

    private static RowListener guard(RowListener listener) {
        return new RowListener() {
            @Override
            public void header(ReadResult header) {
                try {
                    listener.header(header);
                } catch (RuntimeException e) {
                    throw new ListenerFailure(e);
                }
            }

            @Override
            public void row(SubmittedRow row) {
                try {
                    listener.row(row);
                } catch (RuntimeException e) {
                    throw new ListenerFailure(e);
                }
            }
        };
    }

    /** A symbolic link may point anywhere, outside the input folder too, so it is never followed. */
    static ValidationProblem linkRefused(String label) {
        return SubmissionRule.LINK_OUT_OF_FOLDER.problem(0, "", "", label + ": this is a symbolic link (a shortcut)"
                + " to a file or folder elsewhere, which the intake does not follow so as never to read outside the"
                + " input folder. Copy the submission file itself into the country's folder and remove the link.");
    }

    /** How messages name a file: its country folder and its name, for example {@code SK/AIRI_2026_SK.csv}. */
    static String label(Path file) {
        Path name = file.getFileName();
        Path folder = file.getParent() == null ? null : file.getParent().getFileName();
        // Escaped, so that a line break or a bidirectional control in a name cannot forge or reorder a log line.
        String fileName = FileNameText.escaped(name == null ? file.toString() : name.toString());
        return folder == null ? fileName : folder + "/" + fileName;
    }

    private static FileType type(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".csv")) {
            return FileType.CSV;
        }
        if (fileName.endsWith(".xlsx")) {
            return FileType.XLSX;
        }
        if (fileName.endsWith(".xls")) {
            return FileType.XLS;
        }
        return fileName.endsWith(".xlsm") ? FileType.XLSM : FileType.OTHER;
    }
}
