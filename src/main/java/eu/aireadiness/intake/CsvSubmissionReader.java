package eu.aireadiness.intake;

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

import eu.aireadiness.intake.SubmissionFormat.DecimalMark;
import eu.aireadiness.intake.SubmissionFormat.Delimiter;
import eu.aireadiness.validation.SubmissionRule;

/** Reads a CSV submission: detects encoding, delimiter and decimal mark, and keeps every cell as text. */
final class CsvSubmissionReader {

    private CsvSubmissionReader() {
    }

    static ReadResult read(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        byte[] bytes = BoundedRead.text(file, label, limits);
        if (FileSignature.of(bytes) != FileSignature.OTHER) {
            throw new RefusedFile(SubmissionRule.NOT_A_CSV.problem(0, "", "", label + ": the file is named .csv but"
                    + " is an Excel workbook or another binary file. Rename it to .xlsx if it is the Excel template,"
                    + " or open it in Excel and save it as 'CSV UTF-8 (comma delimited) (*.csv)'."));
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, label);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new RefusedFile(SubmissionRule.EMPTY_FILE.problem(0, "", "", label + ": the file is empty."
                    + " Fill in the header and one row per indicator, as in the submission template."));
        }
        LineIndex lines = new LineIndex(text);
        Delimiter delimiter = DelimiterDetection.detect(lines.firstNonBlankLine());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter.character())
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<String> header = List.of();
        long headerRow = 0;
        RowTable table = null;
        long lastLine = 0;
        long dataRecords = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> cells = Arrays.asList(record.values());
                lastLine = lines.lineOf(record.getCharacterPosition());
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
                            header, headerRow);
                } else {
                    table.add(lastLine, cells);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            long line = lines.nextNonBlankLine(lastLine);
            throw new RefusedFile(SubmissionRule.MALFORMED_CSV.problem(line, "", "", label + ", line " + line
                    + ": the fields cannot be separated: a quoted field (starting with '\"') is never closed."
                    + " Check the quotes on this line; a '\"' inside a quoted field is written twice ('\"\"')."));
        }
        if (table == null) {
            throw new RefusedFile(SubmissionRule.EMPTY_FILE.problem(0, "", "", label + ": the file has no header."
                    + " Fill in the header and one row per indicator, as in the submission template."));
        }
        DecimalMark decimalMark = decimalMark(delimiter, table.rows());
        return new ReadResult(header, headerRow, Optional.empty(), table.rows(),
                Optional.of(SubmissionFormat.csv(delimiter, decimalMark, decoded.charset(), decoded.byteOrderMark())),
                table.problems());
    }

    /**
     * A comma-delimited file can only write decimals with a point. With ';' or tab, as spreadsheets write CSV where
     * the comma is the decimal mark, decimals are taken as commas unless the values only ever use a point.
     */
    static DecimalMark decimalMark(Delimiter delimiter, List<SubmittedRow> rows) {
        return switch (delimiter) {
            case COMMA -> DecimalMark.POINT;
            case SEMICOLON, TAB -> {
                boolean comma = rows.stream().anyMatch(r -> r.cell(SubmissionColumn.OBS_VALUE).contains(","));
                boolean point = rows.stream().anyMatch(r -> r.cell(SubmissionColumn.OBS_VALUE).contains("."));
                yield point && !comma ? DecimalMark.POINT : DecimalMark.COMMA;
            }
        };
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
