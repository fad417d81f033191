package eu.aireadiness.compute;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.framework.InputFileException;

/** A COINr-layout CSV file read whole: UTF-8, comma-separated, a header row, a missing value as an empty field. */
record CsvRows(Path file, List<String> header, List<CSVRecord> records) {

    static CsvRows read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, 0, "file not found");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            return new CsvRows(file, header, parser.getRecords());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputFileException(file, "cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    void require(String... columns) {
        for (String column : columns) {
            if (!header.contains(column)) {
                throw new InputFileException(file, 1, "the header lacks column '" + column + "'; found " + header);
            }
        }
    }

    /** The text of a column of a record, stripped; empty when the column is absent. */
    String text(CSVRecord record, String column) {
        int at = header.indexOf(column);
        return at < 0 || at >= record.size() ? "" : record.get(at).strip();
    }

    /** A number, or NaN for an empty field or R's NA. */
    double number(CSVRecord record, String column) {
        String text = text(record, column);
        if (text.isEmpty() || text.equals("NA")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw problem(record, "column '" + column + "': expected a number with a decimal point, found '" + text
                    + "'");
        }
    }

    InputFileException problem(CSVRecord record, String message) {
        return new InputFileException(file, record.getRecordNumber() + 1, message);
    }
}
