package eu.aireadiness.publication.coinr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** COINr's tables as CSV: a header, one record per line ending in a line feed, a missing value an empty field. */
final class CoinrTables {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CoinrTables() {
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    /**
     * A number as the shortest decimal that reads back as the same double, in R as in Java, written out without an
     * exponent and with a decimal point, as Java prints a double ({@code 11000000.0}, not {@code 1.1E7}); missing is
     * empty.
     */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(x));
        return (shortest.scale() < 1 ? shortest.setScale(1) : shortest).toPlainString();
    }
}
