package eu.aireadiness.framework;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the project's own configuration tables: UTF-8 CSV with a header row, comma-separated. */
final class CsvTables {

    private CsvTables() {
    }

    /** A row with its line number and helpers that report a problem at the right place. */
    record Row(Path file, CSVRecord record) {

        long line() {
            return record.getParser().getCurrentLineNumber();
        }

        String text(String column) {
            return record.isMapped(column) ? record.get(column).strip() : "";
        }

        String required(String column) {
            String text = text(column);
            if (text.isEmpty()) {
                throw problem("column '" + column + "' is empty; it needs a value");
            }
            return text;
        }

        double number(String column) {
            String text = required(column);
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw problem("column '" + column + "': expected a number with a decimal point, found '" + text + "'");
            }
        }

        int integer(String column) {
            String text = required(column);
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw problem("column '" + column + "': expected a whole number, found '" + text + "'");
            }
        }

        /** The column's English text with its translations from the columns {@code <column>_<language>}. */
        TranslatedText translated(String column) {
            java.util.Map<String, String> translations = new java.util.TreeMap<>();
            for (String header : record.getParser().getHeaderNames()) {
                String name = header.replace("\uFEFF", "");
                if (name.matches(java.util.regex.Pattern.quote(column) + "_[a-z]{2}")) {
                    translations.put(name.substring(column.length() + 1), record.isSet(header)
                            ? record.get(header).strip() : "");
                }
            }
            return new TranslatedText(text(column), translations);
        }

        double numberOr(String column, double fallback) {
            return text(column).isEmpty() ? fallback : number(column);
        }

        InputFileException problem(String message) {
            return new InputFileException(file, record.getRecordNumber() + 1, message);
        }
    }

    static <T> List<T> read(Path file, Set<String> requiredColumns, Function<Row, T> mapper) {
        return read(file, requiredColumns, Map.of(), mapper);
    }

    /**
     * Reads the file, where a missing required column that has an entry in {@code howToAdd} is reported with that
     * advice (for a column that files of an earlier version lack) in place of the list of the columns found.
     */
    static <T> List<T> read(Path file, Set<String> requiredColumns, Map<String, String> howToAdd,
            Function<Row, T> mapper) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, 0, "file not found; it is part of every edition's input");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new InputFileException(file, 1, "the header lacks column '" + column + "'; "
                            + howToAdd.getOrDefault(column, "found " + header));
                }
            }
            List<T> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Row row = new Row(file, record);
                try {
                    rows.add(mapper.apply(row));
                } catch (IllegalArgumentException e) {
                    throw row.problem(e.getMessage());
                }
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputFileException(file, "could not be read as UTF-8 CSV: " + e.getMessage(), e);
        }
    }
}
