package eu.aireadiness.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.aireadiness.framework.ReferenceValue;

/** Writes {@code reference-data.csv} in the layout {@link eu.aireadiness.framework.ReferenceDataReader} reads. */
final class ReferenceDataFile {

    static final String NAME = "reference-data.csv";

    private ReferenceDataFile() {
    }

    static void write(Path file, List<ReferenceValue> values) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord("REF_AREA", "TIME_PERIOD", "SERIES", "OBS_VALUE", "UNIT_MEASURE", "SOURCE");
            for (ReferenceValue v : values) {
                printer.printRecord(v.country(), v.year(), v.series(),
                        BigDecimal.valueOf(v.amount()).stripTrailingZeros().toPlainString(), v.unit(), v.source());
            }
            printer.flush();
            Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
