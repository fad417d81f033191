package eu.aireadiness.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.aireadiness.methodology.coherence.AggregateCoherence;
import eu.aireadiness.methodology.coherence.CoherenceFlag;
import eu.aireadiness.methodology.coherence.CoherenceReport;
import eu.aireadiness.methodology.coherence.CorrelationRow;

/**
 * Writes a {@link CoherenceReport} as three CSV files for analysts: UTF-8, comma-separated, one header row, "\n"
 * line ends, numbers at full precision via {@link Double#toString(double)}, an empty field where a statistic is
 * undefined (NaN). Rows keep the report's order (the scores table's column order).
 */
public final class CoherenceCsvWriter {

    public static final String CORRELATIONS = "coherence_correlations.csv";
    public static final String AGGREGATES = "coherence_aggregates.csv";
    public static final String FLAGS = "coherence_flags.csv";

    static final String[] CORRELATION_HEADER = {"code", "parent", "level", "pearson_parent", "spearman_parent",
            "n_parent", "pearson_index", "spearman_index", "n_index"};
    static final String[] AGGREGATE_HEADER = {"code", "level", "children_count", "children", "cronbach_alpha",
            "first_component_share", "n_complete"};
    static final String[] FLAG_HEADER = {"parent", "code", "paired_with", "kind", "value"};

    /** Children are listed in one field separated by ';' so the field needs no quoting. */
    static final String CHILD_SEPARATOR = ";";

    private CoherenceCsvWriter() {
    }

    /** Creates {@code dir} if needed and replaces the three files in it. */
    public static void write(CoherenceReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            try (CSVPrinter csv = printer(dir.resolve(CORRELATIONS), CORRELATION_HEADER)) {
                for (CorrelationRow row : report.correlations()) {
                    csv.printRecord(row.code(), row.parent(), row.level(), number(row.pearsonParent()),
                            number(row.spearmanParent()), row.nParent(), number(row.pearsonIndex()),
                            number(row.spearmanIndex()), row.nIndex());
                }
            }
            try (CSVPrinter csv = printer(dir.resolve(AGGREGATES), AGGREGATE_HEADER)) {
                for (AggregateCoherence row : report.aggregates()) {
                    csv.printRecord(row.code(), row.level(), row.childCount(),
                            String.join(CHILD_SEPARATOR, row.children()), number(row.cronbachAlpha()),
                            number(row.firstComponentShare()), row.n());
                }
            }
            try (CSVPrinter csv = printer(dir.resolve(FLAGS), FLAG_HEADER)) {
                for (CoherenceFlag flag : report.flags()) {
                    csv.printRecord(flag.parent(), flag.code(), flag.pairedWith(), flag.kind().name(),
                            number(flag.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the coherence tables to " + dir
                    + "; check that the folder is writable and has space", e);
        }
    }

    private static CSVPrinter printer(Path file, String[] header) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get();
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return new CSVPrinter(writer, format);
        } catch (IOException e) {
            writer.close(); // the printer never took ownership of the writer
            throw e;
        }
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
