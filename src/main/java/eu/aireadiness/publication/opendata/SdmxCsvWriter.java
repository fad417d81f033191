package eu.aireadiness.publication.opendata;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.aireadiness.publication.opendata.ResultsCube.Observation;

/**
 * Writes the results cube as SDMX-CSV 2.0: the structure columns {@code STRUCTURE} ({@code dataflow}),
 * {@code STRUCTURE_ID} ({@code AGENCY:DF_AIRI_RESULTS(1.0)}) and {@code ACTION} ({@code I}, information: the file is
 * the edition's complete results, replacing nothing it does not restate), then the dimensions in the order of the
 * structure, the observation value and its flag. Comma-separated, UTF-8 without byte-order mark, '\n' line ends,
 * '.' as decimal point, as the specification asks; an observation without a value (a missing indicator) has an empty
 * {@code OBS_VALUE} and its flag, which SDMX-CSV allows.
 */
public final class SdmxCsvWriter {

    static final String[] HEADER = {"STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "INDICATOR", "MEASURE",
            "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS"};

    public void write(ResultsCube cube, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        String structureId = cube.dataflow().toString();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (Observation observation : cube.observations()) {
                String value = observation.value().isPresent()
                        ? OpenDataNumbers.text(observation.value().getAsDouble()) : "";
                csv.printRecord("dataflow", structureId, "I", observation.area(), observation.indicator(),
                        observation.measure(), cube.timePeriod(), value, observation.status());
            }
        }
    }
}
