package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows by key, for comparing an output with a reference regardless of row and column order: numbers
 * within a relative 1e-9 (absolute 1e-12 near zero), counts and ranks exactly, text and booleans exactly.
 */
record KeyedCsv(Path file, List<String> header, Map<String, Map<String, String>> rows) {

    /** Columns holding counts or ranks, which must agree exactly. */
    private static final Set<String> EXACT = Set.of("rank", "N_missing", "N_zero", "n_winsorised", "Level");

    static KeyedCsv read(Path file, List<String> keyColumns) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = record.toMap();
                String key = String.join("|", keyColumns.stream().map(row::get).toList());
                assertThat(rows.put(key, row)).as("%s: key %s appears twice", file, key).isNull();
            }
            return new KeyedCsv(file, parser.getHeaderNames(), rows);
        }
    }

    /**
     * Checks that {@code actual} has the same keys and columns and the same values as this reference.
     *
     * @param allExact whether every number must agree exactly (a table of ranks)
     * @return the largest relative difference seen between numbers
     */
    double assertMatches(KeyedCsv actual, boolean allExact) {
        assertThat(actual.header()).as("columns of %s", actual.file()).containsExactlyInAnyOrderElementsOf(header);
        assertThat(actual.rows().keySet()).as("keys of %s", actual.file())
                .containsExactlyInAnyOrderElementsOf(rows.keySet());
        double worst = 0;
        for (Map.Entry<String, Map<String, String>> row : rows.entrySet()) {
            for (String column : header) {
                String expected = row.getValue().get(column);
                String found = actual.rows().get(row.getKey()).get(column);
                String where = actual.file().getFileName() + " " + row.getKey() + " " + column;
                worst = Math.max(worst, compare(where, expected, found, allExact || EXACT.contains(column)));
            }
        }
        return worst;
    }

    private static double compare(String where, String expected, String found, boolean exact) {
        Double e = parse(expected);
        if (e == null) {
            assertThat(found).as(where).isEqualTo(expected);
            return 0;
        }
        Double f = parse(found);
        assertThat(f).as(where + ": expected " + expected + ", found '" + found + "'").isNotNull();
        if (exact) {
            assertThat(f).as(where).isEqualTo(e);
            return 0;
        }
        double difference = Math.abs(f - e);
        double relative = difference / Math.max(Math.abs(e), Math.abs(f));
        if (difference <= 1e-12) {
            return difference == 0 ? 0 : relative;
        }
        assertThat(relative).as(where + ": expected " + expected + ", found " + found).isLessThanOrEqualTo(1e-9);
        return relative;
    }

    /** The number a field holds; null for an empty field (missing), a boolean or a text. */
    private static Double parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
