package eu.aireadiness.portal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.aireadiness.feedback.SpreadsheetText;

/**
 * The audit log as CSV, one entry a row, newest first. Every cell is made safe to open in a spreadsheet: a failed
 * login records the name as typed, and a name typed as {@code =HYPERLINK(...)} must reach the security officer as
 * text, not as a formula.
 */
public final class AuditCsv {

    static final String[] HEADER = {"at", "who", "address", "action", "target", "outcome"};

    private AuditCsv() {
    }

    public static void write(List<AuditEntry> entries, Appendable out) {
        write(entries::forEach, out);
    }

    /** The whole log of {@code trail}, read and written an entry at a time. */
    public static void write(AuditTrail trail, Appendable out) {
        write(trail::eachNewestFirst, out);
    }

    private static void write(Consumer<Consumer<AuditEntry>> entries, Appendable out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            entries.accept(e -> {
                try {
                    csv.printRecord(e.at().toString(), safe(e.who()), safe(e.address()), safe(e.action()),
                            safe(e.target()), safe(e.outcome()));
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
        } catch (UncheckedIOException e) {
            throw failed(e.getCause());
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("the audit log could not be written as CSV: " + e.getMessage(), e);
    }

    private static String safe(String text) {
        return SpreadsheetText.neutralise(text);
    }
}
