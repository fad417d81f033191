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

    private CsvOut() {
    }

    /** A row writer: each call gets the printer and adds rows. */
    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    static void write(Path file, List<String> header, Rows rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(header);
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
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
