package eu.aireadiness.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.SubmittedRow;
import eu.aireadiness.submission.ValidationProblem;

/**
 * Reads a submitted file, CSV or Excel workbook, into rows of text without judging their content; the caller pulls
 * them, as from a CSV library's parser: first the {@linkplain #header() header} (cells, where it lies, the format),
 * then the rows in the order of the file, then the {@linkplain #result() result} with the problems of the read.
 * Whatever is wrong with the file comes back as problems of the result; no exception escapes for bad input. A CSV
 * file streams, optionally read ahead on a thread of its own ({@link Reading#AHEAD}); a workbook is read whole when
 * opened (its unpacked size is limited). A file refused after some of its rows were given is refused as a whole all
 * the same: the caller discards what it made of them.
 *
 * <pre>{@code
 * try (SubmissionReader reader = SubmissionReader.open(file, copy, limits, Reading.AHEAD)) {
 *     reader.header().ifPresent(check::header);
 *     for (SubmittedRow row : reader) { ... }
 *     ReadResult read = reader.result();
 * }
 * }</pre>
 */
public final class SubmissionReader implements Iterable<SubmittedRow>, AutoCloseable {

    /** Where a CSV file is decoded and parsed. */
    public enum Reading {
        /** On the caller's thread, as it asks for each row. */
        IN_CALLER,
        /** On a thread of its own, a few hundred rows ahead of the caller. */
        AHEAD
    }

    private enum FileType { CSV, XLSX, XLS, XLSM, OTHER }

    private final String label;
    private final RowSource source;
    private Optional<ReadResult> header;
    private ValidationProblem refusal;
    private SubmittedRow pending;
    private boolean exhausted;
    private boolean iterated;
    private ReadResult result;

    private SubmissionReader(String label, RowSource source, ValidationProblem refusal) {
        this.label = label;
        this.source = source;
        this.refusal = refusal;
    }

    /**
     * Opens what was received as {@code file}, read from {@code content} (its archived copy): messages name the file
     * as the officer knows it ({@code CC/<file name>}), and its type is judged by its original name.
     */
    public static SubmissionReader open(SubmissionFile file, Path content, SubmissionLimits limits,
                                        Reading reading) {
        return open(content, file.fileName(), file.label(), limits, reading);
    }

    /** Reads a file within the {@linkplain SubmissionLimits#DEFAULT default limits}, its rows held in the result. */
    public static ReadResult read(Path file) {
        return read(file, SubmissionLimits.DEFAULT);
    }

    /** Reads a file within the given limits, its rows held in the result. */
    public static ReadResult read(Path file, SubmissionLimits limits) {
        Path name = file.getFileName();
        try (SubmissionReader reader = open(file, name == null ? "" : name.toString(), label(file), limits,
                Reading.IN_CALLER)) {
            List<SubmittedRow> rows = new ArrayList<>();
            reader.forEach(rows::add);
            ReadResult read = reader.result();
            // A refused file (no format detected) has no rows, and a workbook with errors keeps the rows read.
            return read.format().isEmpty() || rows.isEmpty() ? read : new ReadResult(read.header(), read.headerRow(),
                    read.sheet(), rows, read.format(), read.problems());
        }
    }

    /**
     * Why a file is refused on what its listing says, before a byte of it is read or copied: a file larger than the
     * limit. (The listing passes on regular files only; a link put in a file's place later is refused by the archive
     * copy, which opens nothing through a link.)
     */
    public static Optional<ValidationProblem> refusedUnread(SubmissionFile file, SubmissionLimits limits) {
        return file.sizeBytes() > limits.maxFileBytes()
                ? Optional.of(BoundedRead.tooLarge(file.label(), file.sizeBytes(), limits).problem()) : Optional.empty();
    }

    /**
     * A symbolic link is refused without looking at what it points to, and a file over the size limit without
     * reading it: the intake reads nothing outside the country's folder and nothing it cannot afford.
     */
    private static SubmissionReader open(Path content, String fileName, String label, SubmissionLimits limits,
                                         Reading reading) {
        try {
            BasicFileAttributes attributes = NoFollowFile.attributes(content);
            if (attributes.isSymbolicLink()) {
                return refused(label, linkRefused(label));
            }
            if (!attributes.isRegularFile()) {
                // A named pipe would block whoever opens it, and a folder has nothing to read.
                return refused(label, SubmissionRule.NOT_A_REGULAR_FILE.problem(0, "", "", label + ": this is"
                        + " not a regular file (a folder, a named pipe or a device), so it was not opened. Drop the"
                        + " submission as an ordinary .csv or .xlsx file."));
            }
            BoundedRead.requireSize(content, label, limits);
            return switch (type(fileName)) {
                case CSV -> {
                    CsvSubmissionReader csv = CsvSubmissionReader.open(content, label, limits);
                    yield new SubmissionReader(label, switch (reading) {
                        case IN_CALLER -> csv;
                        case AHEAD -> new ReadAhead(csv);
                    }, null);
                }
                case XLSX -> new SubmissionReader(label, new HeldRows(XlsxSubmissionReader.read(content, label,
                        limits)), null);
                case XLS -> refused(label, SubmissionRule.LEGACY_EXCEL.problem(0, "", "", label
                        + ": Excel 97-2003 workbooks (.xls) are not accepted; " + XlsxSubmissionReader.SAVE_AS_XLSX
                        + " and send the .xlsx file."));
                case XLSM -> refused(label, SubmissionRule.MACRO_ENABLED_WORKBOOK.problem(0, "", "", label
                        + ": macro-enabled workbooks (.xlsm) are not accepted; " + XlsxSubmissionReader.SAVE_AS_XLSX
                        + " (Excel then drops the macros) and send the .xlsx file."));
                case OTHER -> refused(label, SubmissionRule.UNSUPPORTED_FILE_TYPE.problem(0, "", "", label
                        + ": only .csv and .xlsx files are read. Fill in the Excel template (.xlsx), or save the"
                        + " table as 'CSV UTF-8 (comma delimited) (*.csv)'."));
            };
        } catch (RefusedFile e) {
            return refused(label, e.problem());
        } catch (IOException e) {
            return refused(label, BoundedRead.unreadable(label, e).problem());
        } catch (RuntimeException e) {
            return refused(label, unreadable(label, e));
        }
    }

    private static SubmissionReader refused(String label, ValidationProblem why) {
        return new SubmissionReader(label, null, why);
    }

    /**
     * The header, with the format and the problems found so far; empty when the file was refused before it (or
     * a workbook has errors), and then it gives no row. When the values tell the decimal mark
     * ({@link eu.aireadiness.submission.SubmissionFormat#decimalMarkFromValues()}) the format gives the one taken
     * when no value has a decimal separator; the {@linkplain #result() result} gives the one the values told.
     */
    public Optional<ReadResult> header() {
        if (header == null) {
            header = Optional.empty();
            if (refusal == null) {
                try {
                    header = source.header();
                } catch (RefusedFile e) {
                    refuse(e.problem());
                } catch (RuntimeException e) {
                    refuse(unreadable(label, e));
                }
            }
        }
        return header;
    }

    /** The data rows in the order of the file, once: a file is read a single time. */
    @Override
    public Iterator<SubmittedRow> iterator() {
        if (iterated) {
            throw new IllegalStateException(label + " is being read already: its rows can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending == null && !exhausted) {
                    pending = pull();
                    exhausted = pending == null;
                }
                return pending != null;
            }

            @Override
            public SubmittedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SubmittedRow row = pending;
                pending = null;
                return row;
            }
        };
    }

    /** What reading gave in the end: the format, and every problem of the read; rows not yet taken are passed over. */
    public ReadResult result() {
        if (result == null) {
            while (!exhausted) {
                exhausted = pull() == null;
            }
            if (refusal == null) {
                try {
                    result = source.end();
                } catch (RefusedFile e) {
                    refuse(e.problem());
                } catch (RuntimeException e) {
                    refuse(unreadable(label, e));
                }
            }
            if (refusal != null) {
                result = ReadResult.refused(refusal);
            }
        }
        return result;
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }

    private SubmittedRow pull() {
        if (header().isEmpty() || refusal != null) {
            return null;
        }
        try {
            return source.next();
        } catch (RefusedFile e) {
            refuse(e.problem());
        } catch (RuntimeException e) {
            refuse(unreadable(label, e));
        }
        return null;
    }

    private void refuse(ValidationProblem why) {
        refusal = why;
    }

    /** What a reader of a file threw, unforeseen: the file is refused rather than the intake failing. */
    private static ValidationProblem unreadable(String label, RuntimeException e) {
        return SubmissionRule.UNREADABLE_FILE.problem(0, "", "", label + ": the file could not be read ("
                + e.getClass().getSimpleName() + "). Save it again from the template as .xlsx or as 'CSV UTF-8"
                + " (comma delimited) (*.csv)' and send it again.");
    }

    /** A workbook, read whole when opened, given as a CSV file is: the header, then each row. */
    private static final class HeldRows implements RowSource {

        private final ReadResult read;
        private final ReadResult withoutRows;
        private final Iterator<SubmittedRow> rows;

        HeldRows(ReadResult read) {
            this.read = read;
            this.withoutRows = new ReadResult(read.header(), read.headerRow(), read.sheet(), List.of(), read.format(),
                    read.problems());
            this.rows = read.rows().iterator();
        }

        /** A workbook with errors gives no header: its result, rows and all, says what is wrong. */
        @Override
        public Optional<ReadResult> header() {
            return read.hasErrors() ? Optional.empty() : Optional.of(withoutRows);
        }

        @Override
        public SubmittedRow next() {
            return rows.hasNext() ? rows.next() : null;
        }

        @Override
        public ReadResult end() {
            return read.hasErrors() ? read : withoutRows;
        }

        @Override
        public void close() {
            // held in memory: nothing open
        }
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

    private static FileType type(String name) {
        String fileName = name.toLowerCase(Locale.ROOT);
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
