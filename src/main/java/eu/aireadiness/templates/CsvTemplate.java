package eu.aireadiness.templates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.submission.SubmissionColumn;

/**
 * The template as an SDMX-CSV 2.0 file, for officers whose systems export CSV rather than fill a workbook: the header
 * of {@link TemplateColumns}, then one row per indicator with the structure, the action, the country, the year, the
 * code and the unit written and OBS_VALUE, OBS_STATUS, SOURCE and NOTE empty. Comma-separated and UTF-8 without a
 * byte-order mark, as the SDMX-CSV specification writes it; the same for every language, as it holds codes only.
 */
final class CsvTemplate {

    private CsvTemplate() {
    }

    static String fileName(int year, String countryCode) {
        return "AIRI_" + year + "_" + countryCode + "_template.csv";
    }

    static byte[] write(TemplateEdition edition, Country country, List<Indicator> indicators) {
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(TemplateColumns.ORDER.stream().map(SubmissionColumn::name).toArray(String[]::new))
                .setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(text, format)) {
            for (Indicator indicator : indicators) {
                csv.printRecord(TemplateColumns.ORDER.stream().map(column -> cell(column, edition, country, indicator))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV template of " + country.code(), e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(SubmissionColumn column, TemplateEdition edition, Country country,
                               Indicator indicator) {
        return switch (column) {
            case STRUCTURE -> TemplateColumns.STRUCTURE_DATAFLOW;
            case STRUCTURE_ID -> edition.dataflow().toString();
            case ACTION -> DataSheet.INFORMATION;
            case REF_AREA -> country.code();
            case TIME_PERIOD -> Integer.toString(edition.year());
            case INDICATOR -> indicator.code();
            case UNIT_MEASURE -> indicator.submissionUnit();
            case OBS_VALUE, OBS_STATUS, SOURCE, NOTE -> "";
            case DATAFLOW, STRUCTURE_NAME -> throw new IllegalArgumentException(column
                    + " is not a column of the template");
        };
    }
}
