package eu.aireadiness.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a submission as CSV the way the officer's tool would: comma or semicolon, decimal point or decimal comma,
 * with or without a byte-order mark, CRLF line ends; fields containing the delimiter, a quote or a line break are
 * quoted.
 */
final class CsvSubmissionWriter {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvSubmissionWriter() {
    }

    static void write(Path file, Submission submission) {
        FileLayout layout = submission.layout();
        boolean semicolon = switch (layout.format()) {
            case COMMA_CSV -> false;
            case SEMICOLON_CSV -> true;
            case XLSX -> throw new IllegalArgumentException(layout.fileName() + " is a workbook, not CSV");
        };
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(semicolon ? ';' : ',')
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\r\n")
                .get();
        StringBuilder text = new StringBuilder(layout.byteOrderMark() ? BYTE_ORDER_MARK : "");
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord(SubmissionColumns.HEADER);
            for (SubmissionRow row : submission.rows()) {
                String value = row.value().map(BigDecimal::toPlainString).orElse("");
                printer.printRecord(row.country(), row.edition(), row.indicator(),
                        semicolon ? value.replace('.', ',') : value,
                        row.unit(), row.status().name(), row.source(), row.note());
            }
            printer.flush();
            Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sample submission " + file, e);
        }
    }
}
