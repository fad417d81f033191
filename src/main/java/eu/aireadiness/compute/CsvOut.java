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
    private static final String RECORD_SEPARATOR = "\n";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(DELIMITER)
            .setRecordSeparator(RECORD_SEPARATOR).get();

    private CsvOut() {
    }

    /** A row writer: each call gets the printer and adds rows. */
    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    static void write(Path file, List<String> header, Rows rows) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(header);
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * One row, built in memory and handed to the file in one call: at 100,000 units the wide tables are millions of
     * fields, and a call per field through the printer (which scans every character for quotes and separators)
     * took a tenth of the computation. The bytes are the printer's: text fields are quoted by the same format.
     */
    static final class Line {

        private final CSVPrinter printer;
        private final StringBuilder text = new StringBuilder(512);

        Line(CSVPrinter printer) {
            this.printer = printer;
        }

        /** A field quoted as the format quotes it (a unit's code or name). */
        Line text(String field) throws IOException {
            FORMAT.print(field, text, text.length() == 0);
            return this;
        }

        /**
         * A field that can never need quoting, never first in its row: a number, a count, TRUE or FALSE, or empty.
         * Under the default format's minimal quoting a field is quoted only when it is empty and first in its row,
         * starts with a character up to '#', holds a separator, a quote or a line break, or ends in a space; these
         * fields do none of that.
         */
        Line unquoted(String field) {
            text.append(DELIMITER).append(field);
            return this;
        }

        void end() throws IOException {
            printer.getOut().append(text.append(RECORD_SEPARATOR));
            text.setLength(0);
        }
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
