package eu.aireadiness.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.CountriesReader;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;
import eu.aireadiness.intake.Fixtures;
import eu.aireadiness.submission.ObsStatus;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.intake.SubmissionReader;
import eu.aireadiness.submission.Severity;
import eu.aireadiness.submission.ValidationProblem;

class SubmissionValidatorTest {

    private static final Codebook CODEBOOK = CodebookReader.read(Path.of("input/codebook.csv"));
    private static final List<Country> COUNTRIES = CountriesReader.read(Path.of("input/countries.csv"));
    private static final ReferenceValue SK_POPULATION =
            new ReferenceValue("SK", 2026, "POP", 5_424_000, "NR", "Eurostat demo_pjan");
    private static final ReferenceValue SK_GDP =
            new ReferenceValue("SK", 2026, "GDP", 140_000, "EUR_M", "Eurostat nama_10_gdp");

    @TempDir
    Path dir;

    /** The valid rows of the file validated last, as the validator hands them on. */
    private final List<Observation> observations = new ArrayList<>();

    private ValidationReport validate(Path file, ReferenceData referenceData) throws Exception {
        SubmissionFile submission = new SubmissionFile(file, file.getParent().getFileName().toString(),
                "0".repeat(64), Files.size(file), Instant.EPOCH);
        return new SubmissionValidator(CODEBOOK, COUNTRIES, referenceData)
                .validate(submission, SubmissionReader.read(file), PreviousValues.none(), observations::add);
    }

    private ValidationReport validate(String fixture) throws Exception {
        return validate(Fixtures.copy(fixture, dir, "SK", "AIRI_2026_SK.csv"),
                new ReferenceData(List.of(SK_POPULATION, SK_GDP)));
    }

    private static List<ValidationProblem> without(ValidationReport report, String rule) {
        return report.problems().stream().filter(p -> !p.rule().equals(rule)).toList();
    }

    @Test
    void acceptsACompleteCleanFile() throws Exception {
        ValidationReport report = validate("clean_comma.csv");

        assertThat(report.problems()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.fileName()).isEqualTo("AIRI_2026_SK.csv");
        assertThat(report.edition()).isEqualTo(2026);
        assertThat(observations).hasSize(30);
        assertThat(observations).contains(
                new Observation(11, "SK", 2026, "SKL1", OptionalDouble.of(51.3), "PC_IND", ObsStatus.A,
                        "Eurostat isoc_sk_dskl_i21", ""),
                new Observation(10, "SK", 2026, "GRN5", OptionalDouble.empty(), "MONTH", ObsStatus.M, "",
                        "No grid operator publishes waiting times"),
                new Observation(4, "SK", 2026, "CMP3", OptionalDouble.of(85), "PC", ObsStatus.E,
                        "Ministry of Investment", ""),
                new Observation(20, "SK", 2026, "INV1", OptionalDouble.of(42), "EUR_M", ObsStatus.A, "Dealroom", ""));
    }

    @Test
    void readsDecimalCommasOfASemicolonFileAndWarnsAboutIndicatorsLeftOut() throws Exception {
        ValidationReport report = validate("semicolon_decimal_comma.csv");

        assertThat(report.accepted()).isTrue();
        assertThat(observations).containsExactly(
                new Observation(2, "SK", 2026, "SKL1", OptionalDouble.of(51.3), "PC_IND", ObsStatus.A, "Eurostat", ""),
                new Observation(3, "SK", 2026, "GRN4", OptionalDouble.of(0.192), "EUR_KWH", ObsStatus.P, "Eurostat", ""),
                new Observation(5, "SK", 2026, "DAT2", OptionalDouble.of(6), "NR", ObsStatus.A, "Ministry", ""));
        assertThat(report.problems()).hasSize(30 - 3).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo("NOT_SUBMITTED");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(report.problems().get(0)).isEqualTo(new ValidationProblem(Severity.WARNING, 0, "INDICATOR", "CMP1",
                "NOT_SUBMITTED", "SK/AIRI_2026_SK.csv: CMP1 (Data-centre IT power capacity) is not in the file; it is"
                        + " treated as missing. Add a row with its value, or with OBS_STATUS M to confirm that it is"
                        + " not available."));
    }

    @Test
    void refusesRowsAboutAnotherCountryThanTheFolders() throws Exception {
        ValidationReport report = validate("wrong_country.csv");

        assertThat(report.accepted()).isFalse();
        assertThat(observations).isEmpty();
        assertThat(without(report, "NOT_SUBMITTED")).containsExactly(
                new ValidationProblem(Severity.ERROR, 2, "REF_AREA", "CZ", "WRONG_COUNTRY_FOLDER",
                        "SK/AIRI_2026_SK.csv, row 2, column 'REF_AREA': the file lies in the folder of Slovakia (SK)"
                                + " but this row is about Czechia (CZ). If the file is about Czechia, move it to"
                                + " input/CZ/; otherwise write SK in REF_AREA."),
                new ValidationProblem(Severity.ERROR, 3, "REF_AREA", "GR", "UNKNOWN_COUNTRY",
                        "SK/AIRI_2026_SK.csv, row 3, column 'REF_AREA': expected the code of a participating"
                                + " country, SK for this folder, found 'GR'. Greece is written EL, as Eurostat does."));
    }

    @Test
    void refusesUnknownIndicatorsAndSuggestsTheCodeMeant() throws Exception {
        ValidationReport report = validate("unknown_indicator.csv");

        String at = "SK/AIRI_2026_SK.csv, row %d, column 'INDICATOR': expected an indicator code of the codebook, ";
        assertThat(without(report, "NOT_SUBMITTED")).containsExactly(
                new ValidationProblem(Severity.ERROR, 2, "INDICATOR", "SKL_1", "UNKNOWN_INDICATOR", at.formatted(2)
                        + "found 'SKL_1'. Did you mean SKL1 (People with at least basic digital skills)?"),
                new ValidationProblem(Severity.ERROR, 3, "INDICATOR", "SKL", "UNKNOWN_INDICATOR", at.formatted(3)
                        + "found 'SKL'. SKL is a pillar, whose score is computed; submit its indicators SKL1, SKL2,"
                        + " SKL3, SKL4, SKL5 instead, one row each."),
                new ValidationProblem(Severity.ERROR, 4, "INDICATOR", "XYZ99", "UNKNOWN_INDICATOR", at.formatted(4)
                        + "found 'XYZ99'. Use the indicator codes of the submission template (CMP1 to ADO5)."));
        assertThat(observations).extracting(Observation::row, Observation::indicator)
                .containsExactly(tuple(5L, "SKL3"));
        assertThat(report.problems()).filteredOn(p -> p.rule().equals("NOT_SUBMITTED")).hasSize(29);
    }

    @Test
    void refusesAValueInAnotherUnitThanTheCodebooks() throws Exception {
        ValidationReport report = validate("wrong_unit.csv");

        assertThat(without(report, "NOT_SUBMITTED")).containsExactly(
                new ValidationProblem(Severity.ERROR, 2, "UNIT_MEASURE", "PC", "WRONG_UNIT",
                        "SK/AIRI_2026_SK.csv, row 2, column 'UNIT_MEASURE': expected the unit PC_IND for SKL1 (People"
                                + " with at least basic digital skills), found 'PC'. Submit SKL1 in PC_IND and write"
                                + " PC_IND in UNIT_MEASURE."),
                new ValidationProblem(Severity.ERROR, 3, "UNIT_MEASURE", "MW_PER_MILLION", "WRONG_UNIT",
                        "SK/AIRI_2026_SK.csv, row 3, column 'UNIT_MEASURE': expected the unit MW for CMP1 (Data-centre"
                                + " IT power capacity), found 'MW_PER_MILLION'. Submit CMP1 in MW as the national total"
                                + " (it is divided by POP when published) and write MW in UNIT_MEASURE."));
        assertThat(observations).extracting(Observation::indicator).containsExactly("SKL3");
    }

    @Test
    void checksThePublishedValueAfterDivisionByTheReferenceSeries() throws Exception {
        // Only the population is known: CMP1 and CMP2 can be denominated, INV1 (per GDP) cannot.
        Path file = Fixtures.copy("out_of_range.csv", dir, "SK", "AIRI_2026_SK.csv");
        ValidationReport report = validate(file, new ReferenceData(List.of(SK_POPULATION)));

        // CMP1: 6000 MW / 5 424 000 people * 1 000 000 = 1106.19 MW per million, above 1000.
        // CMP2: 5 PFLOPS / 5 424 000 * 1 000 000 = 0.92, within 0 to 200.
        assertThat(without(report, "NOT_SUBMITTED")).containsExactly(
                new ValidationProblem(Severity.ERROR, 2, "OBS_VALUE", "6000", "OUT_OF_RANGE",
                        "SK/AIRI_2026_SK.csv, row 2, column 'OBS_VALUE': expected CMP1 (Data-centre IT power"
                                + " capacity) between 0 and 1000 MW per million population, found '6000', published as"
                                + " 1106.19 MW per million population (6000 MW divided by POP of SK in 2026, 5424000,"
                                + " times 1000000). Check that OBS_VALUE is the national total in MW, not a figure"
                                + " already per POP, and check its order of magnitude."),
                new ValidationProblem(Severity.ERROR, 4, "OBS_VALUE", "134", "OUT_OF_RANGE",
                        "SK/AIRI_2026_SK.csv, row 4, column 'OBS_VALUE': expected SKL1 (People with at least basic"
                                + " digital skills) between 0 and 100 % of people aged 16-74, found '134', published as"
                                + " 134 % of people aged 16-74. Check the value and its unit: SKL1 is submitted in"
                                + " PC_IND."),
                new ValidationProblem(Severity.ERROR, 5, "OBS_VALUE", "42", "NO_REFERENCE_DATA",
                        "SK/AIRI_2026_SK.csv, row 5, column 'OBS_VALUE': INV1 is divided by GDP, but the reference"
                                + " data hold no GDP for SK in 2026, so the value cannot be checked. For the index team:"
                                + " add GDP of SK for 2026 to the reference data."));
        assertThat(observations).extracting(Observation::indicator).containsExactly("CMP2");
    }

    @Test
    void reportsEveryRowLevelErrorWithItsRowAndKeepsTheValidRows() throws Exception {
        ValidationReport report = validate("duplicate_and_mixed.csv");

        assertThat(report.edition()).isEqualTo(2026);
        assertThat(without(report, "NOT_SUBMITTED"))
                .extracting(ValidationProblem::row, ValidationProblem::rule, ValidationProblem::column)
                .containsExactly(
                        tuple(1L, "UNKNOWN_COLUMN", "COMMENT"),
                        tuple(4L, "DUPLICATE_INDICATOR", "INDICATOR"),
                        tuple(5L, "MIXED_PERIODS", "TIME_PERIOD"),
                        tuple(6L, "INVALID_PERIOD", "TIME_PERIOD"),
                        tuple(7L, "NOT_A_NUMBER", "OBS_VALUE"),
                        tuple(8L, "VALUE_MISSING", "OBS_VALUE"),
                        tuple(9L, "MISSING_WITH_VALUE", "OBS_VALUE"),
                        tuple(10L, "UNKNOWN_STATUS", "OBS_STATUS"));
        assertThat(report.problems()).filteredOn(p -> p.row() == 4).singleElement()
                .extracting(ValidationProblem::message).isEqualTo("SK/AIRI_2026_SK.csv, row 4, column 'INDICATOR':"
                        + " SKL1 was already given on row 2; a file has one row per indicator. Keep the row with the"
                        + " right value and delete the other.");
        assertThat(report.problems()).filteredOn(p -> p.row() == 5).singleElement()
                .extracting(ValidationProblem::message).isEqualTo("SK/AIRI_2026_SK.csv, row 5, column 'TIME_PERIOD':"
                        + " expected 2026, the TIME_PERIOD of the other rows, found '2025'. A file holds one edition:"
                        + " correct the year, or send the values for 2025 in a file of their own.");
        assertThat(report.problems()).filteredOn(p -> p.row() == 7).singleElement()
                .extracting(ValidationProblem::message).isEqualTo("SK/AIRI_2026_SK.csv, row 7, column 'OBS_VALUE':"
                        + " expected a number with a decimal point, such as 12.5, found 'n/a'. If the value is not"
                        + " available, leave OBS_VALUE empty and set OBS_STATUS to M.");
        assertThat(observations).extracting(Observation::row).containsExactly(2L, 3L);
        // SKL1, SKL3, SKL4, SKL5, ADO1, ADO2, ADO3 and ADO5 were given, even if on invalid rows.
        assertThat(report.problems()).filteredOn(p -> p.rule().equals("NOT_SUBMITTED")).hasSize(30 - 8);
        assertThat(report.accepted()).isFalse();
    }

    @Test
    void refusesAFileWithoutRows() throws Exception {
        ValidationReport report = validate("header_only.csv");

        assertThat(report.problems()).extracting(ValidationProblem::rule).containsExactly("NO_ROWS");
        assertThat(report.edition()).isZero();
        assertThat(report.accepted()).isFalse();
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumnsBeforeLookingAtRows() throws Exception {
        ValidationReport report = validate("missing_column.csv");

        assertThat(report.problems()).extracting(ValidationProblem::rule, ValidationProblem::column).containsExactly(
                tuple("MISSING_COLUMN", "OBS_VALUE"),
                tuple("MISSING_COLUMN", "UNIT_MEASURE"),
                tuple("UNKNOWN_COLUMN", "VALUE"));
        assertThat(report.problems().get(0).message()).isEqualTo("SK/AIRI_2026_SK.csv, row 1: the header has no column"
                + " 'OBS_VALUE'; found REF_AREA,TIME_PERIOD,INDICATOR,VALUE,OBS_STATUS. Add the column; the header of a"
                + " submission is REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE (in any"
                + " order).");
        assertThat(report.edition()).isZero();
    }

    @Test
    void passesOnTheProblemsOfAFileThatCouldNotBeRead() throws Exception {
        Path file = Fixtures.write(dir, "SK", "AIRI_2026_SK.csv",
                "REF_AREA\nD\u00e9j\u00e0".getBytes(StandardCharsets.ISO_8859_1));

        ValidationReport report = validate(file, new ReferenceData(List.of()));

        assertThat(report.problems()).extracting(ValidationProblem::rule, ValidationProblem::row)
                .containsExactly(tuple("INVALID_ENCODING", 2L));
        assertThat(report.edition()).isZero();
        assertThat(observations).isEmpty();
    }

    @Test
    void namesTheSheetInMessagesAboutAWorkbook() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet data = workbook.createSheet("Data");
        String[] header = {"REF_AREA", "TIME_PERIOD", "INDICATOR", "OBS_VALUE", "UNIT_MEASURE"};
        Row first = data.createRow(0);
        for (int c = 0; c < header.length; c++) {
            first.createCell(c).setCellValue(header[c]);
        }
        Object[][] rows = {{"SK", 2026, "SKL3", 4.1, "PC_EMP"}, {"SK", 2026, "SKL4", 5.3, "PC"}};
        for (int r = 0; r < rows.length; r++) {
            Row row = data.createRow(r + 1);
            for (int c = 0; c < header.length; c++) {
                if (rows[r][c] instanceof String text) {
                    row.createCell(c).setCellValue(text);
                } else {
                    row.createCell(c).setCellValue(((Number) rows[r][c]).doubleValue());
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        workbook.close();
        Path file = Fixtures.write(dir, "SK", "AIRI_2026_SK.xlsx", bytes.toByteArray());

        ValidationReport report = validate(file, new ReferenceData(List.of(SK_POPULATION, SK_GDP)));

        assertThat(without(report, "NOT_SUBMITTED")).singleElement().extracting(ValidationProblem::message)
                .isEqualTo("SK/AIRI_2026_SK.xlsx, sheet 'Data', row 3, column 'UNIT_MEASURE': expected the unit"
                        + " PC_GRAD for SKL4 (ICT graduates), found 'PC'. Submit SKL4 in PC_GRAD and write PC_GRAD in"
                        + " UNIT_MEASURE.");
        assertThat(observations).containsExactly(new Observation(2, "SK", 2026, "SKL3",
                OptionalDouble.of(4.1), "PC_EMP", ObsStatus.A, "", ""));
    }
}
