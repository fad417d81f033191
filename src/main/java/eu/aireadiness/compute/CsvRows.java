package eu.aireadiness.compute;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.aireadiness.framework.InputFileException;

/**
 * A COINr-layout CSV file: UTF-8, comma-separated, a header row, a missing value as an empty field. Read whole
 * ({@link #read}), or record by record ({@link #forEach}) for data files, whose records held at once were most of
 * the memory and the garbage collection of a 100,000-unit computation.
 *
 * @param records the records when read whole; empty when read record by record
 * @param columns each header name's position
 */
record CsvRows(Path file, List<String> header, List<CSVRecord> records, Map<String, Integer> columns) {

    /** What is done with each record of a file read record by record. */
    interface RecordHandler {
        void accept(CsvRows csv, CSVRecord record);
    }

    static CsvRows read(Path file) {
        List<CSVRecord> records = new ArrayList<>();
        CsvRows csv = forEach(file, (c, record) -> records.add(record));
        return new CsvRows(file, csv.header(), records, csv.columns());
    }

    /** @return the file's header, with no records */
    static CsvRows forEach(Path file, RecordHandler handler) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, 0, "file not found");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = header.size() - 1; i >= 0; i--) {
                columns.put(header.get(i), i); // the first of two equal names, as List.indexOf finds it
            }
            CsvRows csv = new CsvRows(file, header, List.of(), columns);
            for (CSVRecord record : parser) {
                handler.accept(csv, record);
            }
            return csv;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputFileException(file, "cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    void require(String... names) {
        for (String column : names) {
            if (!columns.containsKey(column)) {
                throw new InputFileException(file, 1, "the header lacks column '" + column + "'; found " + header);
            }
        }
    }

    /** The text of a column of a record, stripped; empty when the column is absent. */
    String text(CSVRecord record, String column) {
        Integer at = columns.get(column);
        return at == null || at >= record.size() ? "" : record.get(at).strip();
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
