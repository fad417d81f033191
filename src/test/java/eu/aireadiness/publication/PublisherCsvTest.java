package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.publication.opendata.CsvScoresWriter;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;

/** Parses the open-data CSV with Commons CSV and compares it with the model. */
class PublisherCsvTest {

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static Path csv;
    static List<CSVRecord> records;
    static List<String> header;

    @BeforeAll
    static void publish() throws IOException {
        edition = SampleEdition.build();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        csv = output.resolve("2026/AIRI-2026-scores.csv");
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
    }

    @Test
    void theHeaderAndRowCountAreThoseOfTheLongFormat() {
        assertThat(csv.getFileName()).hasToString("AIRI-2026-scores.csv");
        assertThat(header).containsExactly("EDITION", "REF_AREA", "CODE", "LEVEL", "MEASURE", "OBS_VALUE", "RANK",
                "FLAG", "DATA_STATUS", "UNIT_MEASURE", "DATA_YEAR", "SOURCE", "SUBMISSION_FILE", "SUBMISSION_VERSION",
                "NO_CURRENT_DATA");
        assertThat(records).hasSize(27 * (1 + 3 + 7 + 4 * 30));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("EDITION")).isEqualTo("2026");
            assertThat(r.get("DATA_STATUS")).isEqualTo("illustrative");
        });
    }

    @Test
    void everyNumberAgreesWithTheModelAtFullPrecision() {
        Map<String, CountryResult> byCountry = new HashMap<>();
        edition.ranking().forEach(r -> byCountry.put(r.country().code(), r));
        for (CSVRecord record : records) {
            CountryResult result = byCountry.get(record.get("REF_AREA"));
            String code = record.get("CODE");
            switch (record.get("LEVEL")) {
                case "3" -> {
                    assertThat(code).isEqualTo("INDEX");
                    RankInterval interval = result.rankInterval().orElseThrow();
                    double expected = switch (record.get("MEASURE")) {
                        case "SCORE" -> result.indexScore();
                        case "RANK_MEDIAN" -> interval.median();
                        case "RANK_P05" -> interval.low();
                        case "RANK_P95" -> interval.high();
                        default -> throw new AssertionError("unexpected MEASURE " + record.get("MEASURE"));
                    };
                    assertThat(Double.parseDouble(record.get("OBS_VALUE"))).isEqualTo(expected);
                    assertThat(record.get("RANK"))
                            .isEqualTo(record.get("MEASURE").equals("SCORE") ? Integer.toString(result.rank()) : "");
                    assertThat(record.get("FLAG")).isEqualTo(aggregateFlag(result));
                }
                case "2" -> {
                    assertThat(Double.parseDouble(record.get("OBS_VALUE"))).isEqualTo(result.pillars().get(code).score());
                    assertThat(record.get("RANK")).isEqualTo(Integer.toString(result.pillars().get(code).rank()));
                    assertThat(record.get("FLAG")).isEqualTo(aggregateFlag(result));
                }
                case "1" -> {
                    IndicatorResult indicator = result.indicators().get(code);
                    var expected = switch (record.get("MEASURE")) {
                        case "SUBMITTED" -> indicator.submitted();
                        case "VALUE" -> indicator.value();
                        case "TREATED" -> indicator.treated();
                        case "SCORE" -> indicator.score();
                        default -> throw new AssertionError("unexpected MEASURE " + record.get("MEASURE"));
                    };
                    assertThat(record.get("FLAG")).isEqualTo(indicator.origin().name());
                    indicator.source().ifPresent(source -> {
                        assertThat(record.get("SOURCE")).isEqualTo(source.source());
                        assertThat(record.get("SUBMISSION_FILE")).isEqualTo(source.fileName());
                        assertThat(record.get("SUBMISSION_VERSION"))
                                .isEqualTo(Integer.toString(source.submissionVersion()));
                    });
                    assertThat(record.get("DATA_YEAR")).isEqualTo(indicator.dataYear().isPresent()
                            ? Integer.toString(indicator.dataYear().getAsInt()) : "");
                    if (expected.isEmpty()) {
                        assertThat(record.get("OBS_VALUE")).isEmpty();
                    } else {
                        assertThat(record.get("OBS_VALUE")).doesNotContain("E", ",");
                        assertThat(Double.parseDouble(record.get("OBS_VALUE"))).isEqualTo(expected.getAsDouble());
                    }
                }
                default -> throw new AssertionError("unexpected LEVEL " + record.get("LEVEL"));
            }
        }
    }

    /** An aggregate of a country without current data rests on carried-forward values only. */
    private static String aggregateFlag(CountryResult result) {
        String code = result.country().code();
        return code.equals(SampleEdition.REJECTED) || code.equals(SampleEdition.NOT_SUBMITTED) ? "CARRIED_FORWARD"
                : "";
    }

    @Test
    void everyRowOfACountryWithoutCurrentDataGivesItsReasonCode() {
        for (CSVRecord record : records) {
            assertThat(record.get("NO_CURRENT_DATA")).isEqualTo(switch (record.get("REF_AREA")) {
                case SampleEdition.REJECTED -> "REJECTED_VALUES";
                case SampleEdition.NOT_SUBMITTED -> "NO_SUBMISSION";
                default -> "";
            });
        }
    }

    @Test
    void flagsAndMissingValuesAreStated() {
        assertThat(records).filteredOn(r -> r.get("REF_AREA").equals(SampleEdition.MISSING_COUNTRY)
                        && r.get("CODE").equals(SampleEdition.MISSING_INDICATOR))
                .hasSize(4)
                .allSatisfy(r -> {
                    assertThat(r.get("FLAG")).isEqualTo("MISSING");
                    assertThat(r.get("OBS_VALUE")).isEmpty();
                    assertThat(r.get("RANK")).isEmpty();
                });
        assertThat(records).filteredOn(r -> r.get("REF_AREA").equals(SampleEdition.REJECTED) && r.get("LEVEL").equals("1"))
                .allSatisfy(r -> assertThat(r.get("FLAG")).isEqualTo("CARRIED_FORWARD"));
    }

    @Test
    void smallNumbersArePrintedWithoutExponent() {
        assertThat(CsvScoresWriter.number(0.00001)).isEqualTo("0.000010");
        assertThat(CsvScoresWriter.number(1234567.125)).isEqualTo("1234567.125");
        assertThat(CsvScoresWriter.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }
}
