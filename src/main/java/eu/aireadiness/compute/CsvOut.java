package eu.aireadiness.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one COINr-layout CSV: numbers that round-trip to the same double (shortest form, as Double.toString),
 * whole counts without a decimal point, booleans as TRUE/FALSE, a missing value as an empty field.
 */
final class CsvOut {

    private static final char DELIMITER = ',';

    private CsvOut() {
    }

    /** A row writer: each call gets the printer and adds rows. */
    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    static void write(Path file, List<String> header, Rows rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(DELIMITER).setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(header);
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends a field that can never need quoting (a number, a count, TRUE or FALSE, empty) after the row's first
     * field, straight to the printer's output: the printer would scan every character of it for quotes and
     * separators, which took a tenth of a 100,000-unit computation, and write the same bytes. Under the default
     * format's minimal quoting, a field is quoted only when it is empty and first in its row, starts with a character
     * up to '#', or holds a separator, a quote or a line break, or ends in a space; these fields do none of that.
     */
    static void unquoted(CSVPrinter printer, String field) throws IOException {
        printer.getOut().append(DELIMITER).append(field);
    }

    static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(x);
    }

    static String bool(boolean b) {
        return b ? "TRUE" : "FALSE";
    }
}
