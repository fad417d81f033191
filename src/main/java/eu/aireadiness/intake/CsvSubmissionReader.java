package eu.aireadiness.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.submission.SubmissionFormat;
import eu.aireadiness.submission.SubmissionFormat.Delimiter;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.RowListener;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmittedRow;

/**
 * Reads a CSV submission as it streams in: detects encoding, delimiter and decimal mark, keeps every cell as text,
 * and hands each row on as soon as it is read, so that a file costs the same memory whatever its length.
 */
final class CsvSubmissionReader {

    /** A line of the text and its 1-based number. */
    private record Line(long number, String text) {
    }

    private CsvSubmissionReader() {
    }

    static ReadResult read(Path file, String label, SubmissionLimits limits, RowListener listener)
            throws RefusedFile {
        Optional<Line> firstLine = nonBlankLineAfter(0, file, label, limits);
        if (firstLine.isEmpty()) {
            throw new RefusedFile(SubmissionRule.EMPTY_FILE.problem(0, "", "", label + ": the file is empty."
                    + " Fill in the header and one row per indicator, as in the submission template."));
        }
        Delimiter delimiter = DelimiterDetection.detect(firstLine.get().text());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter.character())
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<String> header = List.of();
        long headerRow = 0;
        RowTable table = null;
        long lastLine = 0;
        long dataRecords = 0;
        boolean anyComma = false;
        boolean anyPoint = false;
        SubmissionFormat detected;
        try (CsvText text = CsvText.open(file, label, limits);
             LineCounter lines = new LineCounter(text);
             CSVParser parser = CSVParser.parse(lines, format)) {
            detected = SubmissionFormat.csv(delimiter, SubmissionFormat.decimalMark(delimiter, false, false),
                    text.charset(), text.byteOrderMark());
            for (CSVRecord record : parser) {
                List<String> cells = Arrays.asList(record.values());
                lastLine = lines.lineOf(record.getCharacterPosition());
                UnicodeLineBreaks.requireOneRecordPerRow(label, lastLine, cells.size(), header,
                        lines.separatorOn(lastLine));
                if (record.size() > limits.maxColumns()) {
                    throw tooManyColumns(label, lastLine, record.size(), limits);
                }
                if (table != null && ++dataRecords > limits.maxRows()) {
                    throw tooManyRows(label, lastLine, limits);
                }
                if (table == null) {
                    header = cells;
                    headerRow = lastLine;
                    table = new RowTable(label, (row, column) -> "line " + row + ", field " + (column + 1),
                            header, headerRow, delimiter == Delimiter.COMMA);
                    listener.header(new ReadResult(header, headerRow, Optional.empty(), List.of(),
                            Optional.of(detected), table.problems()));
                } else {
                    Optional<SubmittedRow> row = table.row(lastLine, cells);
                    if (row.isPresent()) {
                        String value = row.get().cell(SubmissionColumn.OBS_VALUE);
                        anyComma |= value.indexOf(',') >= 0;
                        anyPoint |= value.indexOf('.') >= 0;
                        listener.row(row.get());
                    }
                }
            }
        } catch (CsvText.Refusal e) {
            throw e.refused();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CsvText.Refusal refusal) {
                throw refusal.refused();
            }
            long line = nonBlankLineAfter(lastLine, file, label, limits).map(Line::number).orElse(lastLine + 1);
            throw new RefusedFile(SubmissionRule.MALFORMED_CSV.problem(line, "", "", label + ", line " + line
                    + ": the fields cannot be separated: a quoted field (starting with '\"') is never closed."
                    + " Check the quotes on this line; a '\"' inside a quoted field is written twice ('\"\"')."));
        }
        if (table == null) {
            throw new RefusedFile(SubmissionRule.EMPTY_FILE.problem(0, "", "", label + ": the file has no header."
                    + " Fill in the header and one row per indicator, as in the submission template."));
        }
        SubmissionFormat read = SubmissionFormat.csv(delimiter,
                SubmissionFormat.decimalMark(delimiter, anyComma, anyPoint), detected.encoding().orElseThrow(),
                detected.byteOrderMark());
        return new ReadResult(header, headerRow, Optional.empty(), List.of(), Optional.of(read), table.problems());
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
