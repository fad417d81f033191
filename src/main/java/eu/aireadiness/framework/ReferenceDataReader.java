package eu.aireadiness.framework;

import java.nio.file.Path;
import java.util.Set;

/**
 * Reads reference series in the submissions' SDMX-CSV style: REF_AREA, TIME_PERIOD, SERIES, OBS_VALUE,
 * UNIT_MEASURE, SOURCE.
 */
public final class ReferenceDataReader {

    private ReferenceDataReader() {
    }

    public static ReferenceData read(Path file) {
        var values = CsvTables.read(file, Set.of("REF_AREA", "TIME_PERIOD", "SERIES", "OBS_VALUE", "UNIT_MEASURE", "SOURCE"),
                row -> new ReferenceValue(row.required("REF_AREA"), row.integer("TIME_PERIOD"),
                        row.required("SERIES"), row.number("OBS_VALUE"), row.required("UNIT_MEASURE"),
                        row.required("SOURCE")));
        try {
            return new ReferenceData(values);
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file, 0, e.getMessage());
        }
    }
}
