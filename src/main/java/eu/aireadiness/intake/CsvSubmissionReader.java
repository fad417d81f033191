package eu.aireadiness.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.submission.SubmissionFormat;
import eu.aireadiness.submission.SubmissionFormat.Delimiter;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmittedRow;

/**
 * Reads a CSV submission as it streams in: detects encoding, delimiter and decimal mark, keeps every cell as text,
 * and gives each row as soon as it is read, so that a file costs the same memory whatever its length.
 */
final class CsvSubmissionReader implements RowSource {

    /** A line of the text and its 1-based number. */
    private record Line(long number, String text) {
    }

    private final Path file;
    private final String label;
    private final SubmissionLimits limits;
    private final Delimiter delimiter;
    private final SubmissionFormat detected;
    private final LineCounter lines;
    private final Iterator<CSVRecord> records;
    private List<String> header = List.of();
    private long headerRow;
    private RowTable table;
    private long lastLine;
    private long dataRecords;
    private boolean anyComma;
    private boolean anyPoint;

    private CsvSubmissionReader(Path file, String label, SubmissionLimits limits, Delimiter delimiter,
                                CsvText text, LineCounter lines, CSVParser parser) {
        this.file = file;
        this.label = label;
        this.limits = limits;
        this.delimiter = delimiter;
        this.detected = SubmissionFormat.csv(delimiter, SubmissionFormat.decimalMark(delimiter, false, false),
                text.charset(), text.byteOrderMark());
        this.lines = lines;
        this.records = parser.iterator();
    }

    /** Opens the file, having found its delimiter on its first line that is not blank. */
    static CsvSubmissionReader open(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        Optional<Line> firstLine = nonBlankLineAfter(0, file, label, limits);
        if (firstLine.isEmpty()) {
            throw new RefusedFile(SubmissionRule.EMPTY_FILE.problem(0, "", "", label + ": the file is empty."
                    + " Fill in the header and one row per indicator, as in the submission template."));
        }
        Delimiter delimiter = DelimiterDetection.detect(firstLine.get().text());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter.character())
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        CsvText text = CsvText.open(file, label, limits);
        LineCounter lines = new LineCounter(text);
        try {
            return new CsvSubmissionReader(file, label, limits, delimiter, text, lines,
                    CSVParser.parse(lines, format));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            closeQuietly(lines);
            throw unreadable(e, file, label, limits, 0);
        }
    }

    @Override
    public Optional<ReadResult> header() throws RefusedFile {
        CSVRecord record = nextRecord();
        if (record == null) {
            throw new RefusedFile(SubmissionRule.EMPTY_FILE.problem(0, "", "", label + ": the file has no header."
                    + " Fill in the header and one row per indicator, as in the submission template."));
        }
        header = Arrays.asList(record.values());
        headerRow = lastLine;
        table = new RowTable(label, (row, column) -> "line " + row + ", field " + (column + 1), header, headerRow,
                delimiter == Delimiter.COMMA);
        return Optional.of(new ReadResult(header, headerRow, Optional.empty(), List.of(), Optional.of(detected),
                table.problems()));
    }

    @Override
    public SubmittedRow next() throws RefusedFile {
        for (CSVRecord record = nextRecord(); record != null; record = nextRecord()) {
            if (++dataRecords > limits.maxRows()) {
                throw tooManyRows(label, lastLine, limits);
            }
            Optional<SubmittedRow> row = table.row(lastLine, Arrays.asList(record.values()));
            if (row.isPresent()) {
                String value = row.get().cell(SubmissionColumn.OBS_VALUE);
                anyComma |= value.indexOf(',') >= 0;
                anyPoint |= value.indexOf('.') >= 0;
                return row.get();
            }
        }
        return null;
    }

    /** The format as the values told it: a file delimited by ';' or tab writes decimals as its values do. */
    @Override
    public ReadResult end() {
        SubmissionFormat read = SubmissionFormat.csv(delimiter,
                SubmissionFormat.decimalMark(delimiter, anyComma, anyPoint), detected.encoding().orElseThrow(),
                detected.byteOrderMark());
        return new ReadResult(header, headerRow, Optional.empty(), List.of(), Optional.of(read), table.problems());
    }

    @Override
    public void close() {
        closeQuietly(lines);
    }

    /** The next record, header or row, within the column limit; null at the end of the file. */
    private CSVRecord nextRecord() throws RefusedFile {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lastLine = lines.lineOf(record.getCharacterPosition());
            UnicodeLineBreaks.requireOneRecordPerRow(label, lastLine, record.size(), header,
                    lines.separatorOn(lastLine));
            if (record.size() > limits.maxColumns()) {
                throw tooManyColumns(label, lastLine, record.size(), limits);
            }
            return record;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e, file, label, limits, lastLine);
        }
    }

    /** A refusal met while the text streamed in, or else fields that cannot be separated after {@code line}. */
    private static RefusedFile unreadable(Exception e, Path file, String label, SubmissionLimits limits, long line)
            throws RefusedFile {
        if (e instanceof CsvText.Refusal refusal) {
            return refusal.refused();
        }
        if (e.getCause() instanceof CsvText.Refusal refusal) {
            return refusal.refused();
        }
        long at = nonBlankLineAfter(line, file, label, limits).map(Line::number).orElse(line + 1);
        return new RefusedFile(SubmissionRule.MALFORMED_CSV.problem(at, "", "", label + ", line " + at
                + ": the fields cannot be separated: a quoted field (starting with '\"') is never closed."
                + " Check the quotes on this line; a '\"' inside a quoted field is written twice ('\"\"')."));
    }

    /** The first line after {@code line} that is not blank, read from the start; empty when all that follows is. */
    private static Optional<Line> nonBlankLineAfter(long line, Path file, String label, SubmissionLimits limits)
            throws RefusedFile {
        try (BufferedReader reader = new BufferedReader(CsvText.open(file, label, limits))) {
            long number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                if (++number > line && !text.isBlank()) {
                    return Optional.of(new Line(number, text));
                }
            }
            return Optional.empty();
        } catch (CsvText.Refusal e) {
            throw e.refused();
        } catch (IOException e) {
            throw BoundedRead.unreadable(label, e);
        }
    }

    private static void closeQuietly(LineCounter lines) {
        try {
            lines.close();
        } catch (IOException e) {
            // Only read from: nothing is lost when closing fails.
        }
    }

    private static RefusedFile tooManyColumns(String label, long line, int found, SubmissionLimits limits) {
        return new RefusedFile(SubmissionRule.TOO_MANY_COLUMNS.problem(line, "", "", label + ", line " + line
                + ": the line has " + found + " fields, more than the " + limits.maxColumns() + " a submission may"
                + " have (the template has 8), so the file was not read. Keep only the template's columns; if the"
                + " line is one long list of values, check the delimiter."));
    }

    private static RefusedFile tooManyRows(String label, long line, SubmissionLimits limits) {
        return new RefusedFile(SubmissionRule.TOO_MANY_ROWS.problem(line, "", "", label + ", line " + line
                + ": the file has more than " + limits.maxRows() + " data rows, the most a submission may have (one"
                + " row per indicator makes about 30), so it was not read. Send only the submission table of your"
                + " country, as in the template."));
    }
}
