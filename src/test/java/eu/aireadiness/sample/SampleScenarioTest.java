package eu.aireadiness.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.Indicator;

/** The oddities of the shipped sample that the intake and validation stages are meant to meet. */
class SampleScenarioTest {

    private static final Path INPUT = SampleFolders.SHIPPED;

    @Test
    void hungaryHasOnlyItsFirstEditionFile() throws Exception {
        List<Path> files = SampleFolders.submissions(INPUT, "HU");
        assertThat(files).hasSize(1);
        assertThat(SubmissionTable.read(files.get(0))).extracting(r -> r.get("TIME_PERIOD")).containsOnly("2025");
    }

    @Test
    void slovakiasSecondFileHasExactlyTheThreeIntendedErrors() throws Exception {
        Codebook codebook = CodebookReader.read(INPUT.resolve("codebook.csv"));
        Path file = INPUT.resolve("SK/SK_AIRI_2026.csv");
        List<String> problems = new ArrayList<>();
        for (Map<String, String> row : SubmissionTable.read(file)) {
            String code = row.get("INDICATOR");
            Indicator indicator = codebook.indicator(code).orElse(null);
            if (indicator == null) {
                problems.add("unknown indicator " + code);
                continue;
            }
            if (!row.get("UNIT_MEASURE").equals(indicator.submissionUnit())) {
                problems.add(code + " in " + row.get("UNIT_MEASURE") + " instead of " + indicator.submissionUnit());
            }
            // SK's non-denominated rows are checked directly; its denominated rows are in range (checked below).
            if (indicator.denominator().isEmpty() && !indicator.plausible().contains(Double.parseDouble(row.get("OBS_VALUE")))) {
                problems.add(code + " = " + row.get("OBS_VALUE") + " out of range");
            }
        }
        assertThat(problems).containsExactlyInAnyOrder("unknown indicator SKL9", "GRN5 in YEAR instead of MONTH",
                "SKL1 = 134 out of range");
    }

    @Test
    void slovakiasFirstFileIsClean() throws Exception {
        Codebook codebook = CodebookReader.read(INPUT.resolve("codebook.csv"));
        List<Map<String, String>> rows = SubmissionTable.read(INPUT.resolve("SK/SK_AIRI_2025.csv"));
        assertThat(rows).extracting(r -> r.get("INDICATOR"))
                .containsExactlyElementsOf(codebook.indicators().stream().map(Indicator::code).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("UNIT_MEASURE"))
                .isEqualTo(codebook.indicator(r.get("INDICATOR")).orElseThrow().submissionUnit()));
    }

    @Test
    void workbooksHaveOneDataSheetWithTheHeaderAndNumericCells() throws Exception {
        for (String country : List.of("CZ", "IE", "NL", "SE")) {
            List<Path> files = SampleFolders.submissions(INPUT, country);
            assertThat(files).as(country).hasSize(2).allMatch(f -> f.toString().endsWith(".xlsx"));
            for (Path file : files) {
                List<String> cells = SubmissionTable.cells(file);
                assertThat(cells).as(file.toString())
                        .contains("Data!A1 = STRING:REF_AREA", "Data!H1 = STRING:NOTE", "Data!B2 = NUMERIC:"
                                + SubmissionTable.read(file).get(0).get("TIME_PERIOD"))
                        .anyMatch(c -> c.startsWith("Data!D2 = NUMERIC:"))
                        .allMatch(c -> c.startsWith("Data!"));
            }
        }
        // SE's missing 2025 GRN3 is an empty cell in row 8: the header, CMP1-CMP4, GRN1, GRN2, then GRN3.
        assertThat(SubmissionTable.cells(INPUT.resolve("SE/SE_AIRI_2025.xlsx")))
                .contains("Data!C8 = STRING:GRN3", "Data!F8 = STRING:M")
                .noneMatch(c -> c.startsWith("Data!D8 "));
    }

    @Test
    void europeanLocaleFilesUseSemicolonsAndDecimalCommas() throws Exception {
        Path file = INPUT.resolve("DE/AIRI_2026_DE.csv");
        assertThat(SubmissionTable.delimiter(file)).isEqualTo(';');
        assertThat(SubmissionTable.hasByteOrderMark(file)).isTrue();
        String text = SubmissionTable.text(file);
        assertThat(text).startsWith("REF_AREA;TIME_PERIOD;INDICATOR;OBS_VALUE;UNIT_MEASURE;OBS_STATUS;SOURCE;NOTE\r\n")
                .containsPattern("\r\nDE;2026;SKL1;\\d+,\\d;PC_IND;A;")
                .contains(";\"JUPITER exascale system included; Rmax of June 2025\"\r\n");
        assertThat(SubmissionTable.hasByteOrderMark(INPUT.resolve("ES/ES_AIRI_2025_final.csv"))).isFalse();
        assertThat(SubmissionTable.delimiter(INPUT.resolve("PT/PT_AIRI_2025.csv"))).isEqualTo(',');
        assertThat(SubmissionTable.delimiter(INPUT.resolve("PT/PT_AIRI_2026.csv"))).isEqualTo(';');
    }

    @Test
    void aNoteContainingTheDelimiterIsQuoted() throws Exception {
        Path file = INPUT.resolve("LT/LT_AIRI_2026.csv");
        assertThat(SubmissionTable.text(file))
                .contains(",\"Includes the Vilnius and Kaunas sites, excluding edge nodes\"\r\n");
        assertThat(SubmissionTable.read(file)).filteredOn(r -> r.get("INDICATOR").equals("CMP1"))
                .extracting(r -> r.get("NOTE")).containsExactly("Includes the Vilnius and Kaunas sites, excluding edge nodes");
    }

    @Test
    void everyCountryHasAFolderAndFileNamesHaveNoSpaces() throws Exception {
        List<String> files = SampleFolders.files(INPUT);
        assertThat(files).noneMatch(f -> f.contains(" "));
        long submissions = files.stream().filter(f -> f.matches("[A-Z]{2}/.+")).count();
        assertThat(submissions).isEqualTo(27 * 2 - 1);
    }
}
