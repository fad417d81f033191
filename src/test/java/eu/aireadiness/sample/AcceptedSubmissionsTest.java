package eu.aireadiness.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.CountriesReader;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceDataReader;

/**
 * The shipped submissions that a validator should accept (all but SK's 2026 file) follow the codebook, and every
 * value, once divided by its denominator, lies in the indicator's plausible range.
 */
class AcceptedSubmissionsTest {

    /** One row of a submission file with where it comes from. */
    record Value(Path file, String country, int edition, Map<String, String> row) {

        String get(String column) {
            return row.get(column);
        }
    }

    private static Codebook codebook;
    private static ReferenceData reference;
    private static List<Country> countries;
    private static List<Value> accepted;

    @BeforeAll
    static void readShippedInput() throws Exception {
        Path input = SampleFolders.SHIPPED;
        codebook = CodebookReader.read(input.resolve("codebook.csv"));
        reference = ReferenceDataReader.read(input.resolve("reference-data.csv"));
        countries = CountriesReader.read(input.resolve("countries.csv"));
        accepted = new ArrayList<>();
        for (Country country : countries) {
            for (Path file : SampleFolders.submissions(input, country.code())) {
                List<Map<String, String>> rows = SubmissionTable.read(file);
                int edition = Integer.parseInt(rows.get(0).get("TIME_PERIOD"));
                if (country.code().equals("SK") && edition == 2026) {
                    continue;
                }
                rows.forEach(row -> accepted.add(new Value(file, country.code(), edition, row)));
            }
        }
    }

    @Test
    void everyAcceptedFileHasOneRowPerIndicatorOfItsCountryAndEdition() throws Exception {
        List<String> codes = codebook.indicators().stream().map(Indicator::code).toList();
        for (Country country : countries) {
            for (Path file : SampleFolders.submissions(SampleFolders.SHIPPED, country.code())) {
                List<Map<String, String>> rows = SubmissionTable.read(file);
                if (country.code().equals("SK") && rows.get(0).get("TIME_PERIOD").equals("2026")) {
                    continue;
                }
                assertThat(rows).as(file.toString()).extracting(r -> r.get("INDICATOR")).containsExactlyElementsOf(codes);
                assertThat(rows).as(file.toString()).allSatisfy(r -> {
                    assertThat(r.get("REF_AREA")).isEqualTo(country.code());
                    assertThat(r.get("TIME_PERIOD")).isEqualTo(rows.get(0).get("TIME_PERIOD")).isIn("2025", "2026");
                });
            }
        }
    }

    @Test
    void unitsAreTheCodebooksSubmissionUnits() {
        assertThat(accepted).allSatisfy(v -> assertThat(v.get("UNIT_MEASURE")).as(where(v))
                .isEqualTo(indicator(v).submissionUnit()));
    }

    @Test
    void everyPublishedValueLiesInThePlausibleRange() {
        int checked = 0;
        for (Value v : accepted) {
            if (v.get("OBS_VALUE").isEmpty()) {
                continue;
            }
            Indicator indicator = indicator(v);
            double submitted = Double.parseDouble(v.get("OBS_VALUE"));
            double published = indicator.denominator()
                    .map(series -> submitted / reference.find(v.country(), v.edition(), series).orElseThrow().amount()
                            * indicator.scale())
                    .orElse(submitted * indicator.scale());
            assertThat(indicator.plausible().contains(published))
                    .as("%s: published %s = %s not in [%s, %s]", where(v), indicator.unit(), published,
                            indicator.plausible().low(), indicator.plausible().high())
                    .isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(1500);
    }

    @Test
    void mostPublishedValuesLieWithinTheGoalposts() {
        long present = accepted.stream().filter(v -> !v.get("OBS_VALUE").isEmpty()).count();
        long inside = accepted.stream().filter(v -> !v.get("OBS_VALUE").isEmpty()).filter(v -> {
            Indicator indicator = indicator(v);
            double submitted = Double.parseDouble(v.get("OBS_VALUE"));
            double published = indicator.denominator()
                    .map(s -> submitted / reference.find(v.country(), v.edition(), s).orElseThrow().amount() * indicator.scale())
                    .orElse(submitted * indicator.scale());
            return indicator.goalposts().contains(published);
        }).count();
        assertThat((double) inside / present).isGreaterThan(0.85);
    }

    @Test
    void countsAndCodesAreWholeNumbersAndCodesAreZeroOneOrTwo() {
        for (Value v : accepted) {
            String unit = indicator(v).submissionUnit();
            if (v.get("OBS_VALUE").isEmpty() || !(unit.equals("NR") || unit.equals("CODE"))) {
                continue;
            }
            assertThat(v.get("OBS_VALUE")).as(where(v)).matches("\\d+");
            if (unit.equals("CODE")) {
                assertThat(v.get("OBS_VALUE")).as(where(v)).isIn("0", "1", "2");
            }
        }
    }

    @Test
    void statusesAreSdmxCodesAndMissingGoesWithAnEmptyValue() {
        assertThat(accepted).allSatisfy(v -> {
            assertThat(v.get("OBS_STATUS")).as(where(v)).isIn("A", "E", "P", "M");
            assertThat(v.get("OBS_VALUE").isEmpty()).as(where(v)).isEqualTo(v.get("OBS_STATUS").equals("M"));
            assertThat(v.get("SOURCE")).as(where(v)).isNotBlank();
        });
        long estimatedOrProvisional = accepted.stream().filter(v -> Set.of("E", "P").contains(v.get("OBS_STATUS"))).count();
        long missing = accepted.stream().filter(v -> v.get("OBS_STATUS").equals("M")).count();
        assertThat(estimatedOrProvisional).isBetween(5L, 10L);
        assertThat(missing).isBetween(2L, 4L);
        assertThat(accepted).filteredOn(v -> !v.get("OBS_STATUS").equals("A"))
                .allSatisfy(v -> assertThat(v.get("NOTE")).as(where(v)).isNotBlank());
    }

    @Test
    void anchoredValuesAreTheEurostatFiguresInTheFirstEdition() {
        // Eurostat isoc_eb_ai 2024 and isoc_sk_dskl_i21 2023, as the brief quotes them.
        assertThat(value("DK", 2025, "ADO1")).isEqualTo("27.6");
        assertThat(value("RO", 2025, "ADO1")).isEqualTo("3.1");
        assertThat(value("PL", 2025, "ADO1")).isEqualTo("5.9");
        assertThat(value("NL", 2025, "SKL1")).isEqualTo("82.7");
        assertThat(value("RO", 2025, "SKL1")).isEqualTo("27.7");
    }

    @Test
    void secondEditionShowsProgressThatVariesByCountry() {
        Set<String> adoptionGains = new HashSet<>();
        for (Country country : countries) {
            String code = country.code();
            if (code.equals("HU") || code.equals("SK")) {
                continue;
            }
            double before = Double.parseDouble(value(code, 2025, "ADO1"));
            double after = Double.parseDouble(value(code, 2026, "ADO1"));
            assertThat(after).as(code + " ADO1").isGreaterThan(before);
            adoptionGains.add(String.format("%.1f", after - before));
        }
        assertThat(adoptionGains).hasSizeGreaterThan(15);
    }

    private static String value(String country, int edition, String indicator) {
        return accepted.stream()
                .filter(v -> v.country().equals(country) && v.edition() == edition && v.get("INDICATOR").equals(indicator))
                .findFirst().orElseThrow().get("OBS_VALUE");
    }

    private static Indicator indicator(Value v) {
        return codebook.indicator(v.get("INDICATOR")).orElseThrow(() -> new AssertionError(where(v) + ": unknown indicator"));
    }

    private static String where(Value v) {
        return v.file() + " " + v.get("INDICATOR");
    }
}
