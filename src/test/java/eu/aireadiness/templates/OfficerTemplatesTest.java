package eu.aireadiness.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.InputFolder;

/** The generated templates read back with POI: sheets, header, pre-filled and locked cells, data validations. */
class OfficerTemplatesTest {

    private static final List<String> HEADER = List.of("REF_AREA", "TIME_PERIOD", "INDICATOR", "OBS_VALUE",
            "UNIT_MEASURE", "OBS_STATUS", "SOURCE", "NOTE");

    @TempDir
    static Path output;
    static OfficerTemplates.Outcome outcome;
    static Framework framework;

    @BeforeAll
    static void generate() {
        framework = new InputFolder(Path.of("input")).load();
        outcome = OfficerTemplates.write(Path.of("input"), Path.of("output-templates"), output, 2026);
    }

    @Test
    void writesOneTemplatePerCountryNamedByYearAndCountry() {
        assertThat(outcome.folder()).isEqualTo(output.resolve("templates/2026"));
        // 27 in English, plus German for AT, BE, DE and LU and French for BE, FR and LU (countries.csv).
        assertThat(outcome.files()).hasSize(27 + 4 + 3).allMatch(Files::isRegularFile);
        assertThat(outcome.files().get(0).getFileName()).hasToString("AIRI_2026_AT_template_en.xlsx");
        assertThat(outcome.files().get(1).getFileName()).hasToString("AIRI_2026_AT_template_de.xlsx");
        assertThat(outcome.files()).anyMatch(f -> f.getFileName().toString().equals("AIRI_2026_EL_template_en.xlsx"));
        assertThat(outcome.files().stream().map(f -> f.getFileName().toString()).filter(f -> f.contains("_BE_")))
                .containsExactly("AIRI_2026_BE_template_en.xlsx", "AIRI_2026_BE_template_fr.xlsx",
                        "AIRI_2026_BE_template_de.xlsx");
    }

    @Test
    void instructionsComeFirstThenDataThenIndicators() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(template("AT"))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            assertThat(workbook.getSheetName(1)).isEqualTo("Data");
            assertThat(workbook.getSheetName(2)).isEqualTo("Indicators");
            assertThat(workbook.getActiveSheetIndex()).isZero();
            String instructions = text(workbook.getSheet("Instructions"));
            assertThat(instructions).contains("Austria (AT)", "input/AT/", "AIRI_2026_AT_template_en.xlsx",
                    "E estimated", "P provisional", "M missing", "An empty status means A", "replaces the earlier",
                    "national total", "Only the white cells");
            assertThat(instructions).doesNotContain("{0}", "{2}");
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("European AI Readiness Index 2026: submission template for Austria (AT)");
        }
    }

    @Test
    void dataHasTheSubmissionHeaderAndOneLockedPrefilledRowPerIndicator() throws Exception {
        List<Indicator> indicators = framework.codebook().indicators();
        try (XSSFWorkbook workbook = TemplateFiles.open(template("EL"))) {
            XSSFSheet data = workbook.getSheet("Data");
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(HEADER);
            assertThat(data.getLastRowNum()).isEqualTo(30);
            assertThat(indicators).hasSize(30);
            for (int i = 0; i < 30; i++) {
                Row row = data.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("EL");
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2026.0);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(indicators.get(i).code());
                // The name shows beside the code through the cell's format; the cell holds the code alone.
                assertThat(row.getCell(2).getCellStyle().getDataFormatString())
                        .isEqualTo("@\" \u00B7 " + indicators.get(i).name() + "\"");
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(indicators.get(i).submissionUnit());
                assertThat(row.getCell(3).getCellType()).hasToString("BLANK");
                for (int locked : new int[] {0, 1, 2, 4}) {
                    assertThat(row.getCell(locked).getCellStyle().getLocked()).as("column " + locked).isTrue();
                }
                for (int open : new int[] {3, 5, 6, 7}) {
                    assertThat(row.getCell(open).getCellStyle().getLocked()).as("column " + open).isFalse();
                }
            }
            assertThat(data.getRow(2).getCell(2).getStringCellValue()).isEqualTo("CMP2");
            assertThat(data.getRow(2).getCell(4).getStringCellValue()).isEqualTo("PFLOPS");
            for (int s = 0; s < 3; s++) {
                assertThat(workbook.getSheetAt(s).getProtect()).as(workbook.getSheetName(s)).isTrue();
            }
        }
    }

    @Test
    void obsValueCellsValidateNumbersFromTheCodebooksRanges() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(template("AT"))) {
            XSSFSheet data = workbook.getSheet("Data");
            // GRN1 (row 6): a percentage, plausible 0-100, no denominator.
            DataValidation grn1 = validationAt(data, 5, 3).orElseThrow();
            assertThat(grn1.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(grn1.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
            assertThat(grn1.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(grn1.getValidationConstraint().getFormula2()).isEqualTo("100");
            assertThat(grn1.getShowErrorBox()).isTrue();
            assertThat(grn1.getErrorBoxText()).contains("GRN1", "from 0 to 100");
            assertThat(grn1.getPromptBoxText()).contains("status M");
            // GRN4 (row 9): EUR/kWh, plausible 0.03-0.8.
            DataValidation grn4 = validationAt(data, 8, 3).orElseThrow();
            assertThat(grn4.getValidationConstraint().getFormula1()).isEqualTo("0.03");
            assertThat(grn4.getValidationConstraint().getFormula2()).isEqualTo("0.8");
            // CMP4 (row 5): a code 0-2, whole numbers only.
            DataValidation cmp4 = validationAt(data, 4, 3).orElseThrow();
            assertThat(cmp4.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(cmp4.getValidationConstraint().getFormula2()).isEqualTo("2");
            // CMP1 (row 2): MW divided by population: only "0 or more", the validator checks the rest.
            DataValidation cmp1 = validationAt(data, 1, 3).orElseThrow();
            assertThat(cmp1.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(cmp1.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
            assertThat(cmp1.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(cmp1.getPromptBoxText()).contains("national total", "POP");
            // INV3 (row 22): a count divided by population: a whole number of 0 or more.
            DataValidation inv3 = validationAt(data, 21, 3).orElseThrow();
            assertThat(inv3.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(inv3.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
            for (int r = 1; r <= 30; r++) {
                assertThat(validationAt(data, r, 3)).as("OBS_VALUE row " + (r + 1)).isPresent();
            }
        }
    }

    @Test
    void obsStatusOffersTheListAEPM() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(template("AT"))) {
            XSSFSheet data = workbook.getSheet("Data");
            for (int r = 1; r <= 30; r++) {
                DataValidation status = validationAt(data, r, 5).orElseThrow();
                assertThat(status.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                assertThat(status.getValidationConstraint().getExplicitListValues())
                        .containsExactly("A", "E", "P", "M");
                assertThat(status.getEmptyCellAllowed()).isTrue();
            }
            assertThat(validationAt(data, 1, 6)).as("SOURCE is free text").isEmpty();
        }
        // OOXML's showDropDown="1" would hide the list's arrow in Excel (POI's getter reads it the other way round).
        try (ZipFile zip = new ZipFile(template("AT").toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(xml).contains("type=\"list\"").doesNotContain("showDropDown");
        }
    }

    @Test
    void indicatorsSheetExplainsEveryIndicatorWithoutSubmissionColumnNames() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(template("AT"))) {
            XSSFSheet sheet = workbook.getSheet("Indicators");
            assertThat(sheet.getLastRowNum()).isEqualTo(30);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("Code", "Indicator", "Pillar", "Unit to submit", "Published unit",
                    "Divided by", "Plausible published value", "Definition");
            Row cmp1 = sheet.getRow(1);
            assertThat(cmp1.getCell(0).getStringCellValue()).isEqualTo("CMP1");
            assertThat(cmp1.getCell(2).getStringCellValue()).startsWith("CMP Compute");
            assertThat(cmp1.getCell(3).getStringCellValue()).isEqualTo("MW");
            assertThat(cmp1.getCell(5).getStringCellValue()).contains("POP", "1000000");
            assertThat(cmp1.getCell(6).getStringCellValue()).isEqualTo("0 to 1000 (MW per million population)");
            assertThat(cmp1.getCell(7).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void twoRunsGiveTheSameCells(@TempDir Path again) throws Exception {
        OfficerTemplates.write(Path.of("input"), Path.of("output-templates"), again, 2026);
        for (String country : List.of("AT", "SK")) {
            try (XSSFWorkbook first = TemplateFiles.open(template(country));
                 XSSFWorkbook second = TemplateFiles.open(again.resolve("templates/2026/"
                         + OfficerTemplates.fileName(2026, country, "en")))) {
                for (int s = 0; s < 3; s++) {
                    assertThat(text(second.getSheetAt(s))).isEqualTo(text(first.getSheetAt(s)));
                }
                assertThat(second.getProperties().getCoreProperties().getCreated())
                        .isEqualTo(first.getProperties().getCoreProperties().getCreated());
            }
        }
    }

    static Path template(String country) {
        return output.resolve("templates/2026/AIRI_2026_" + country + "_template_en.xlsx");
    }

    static Optional<DataValidation> validationAt(XSSFSheet sheet, int row, int column) {
        return sheet.getDataValidations().stream().<DataValidation>map(v -> v)
                .filter(v -> List.of(v.getRegions().getCellRangeAddresses()).stream()
                        .anyMatch((CellRangeAddress range) -> range.isInRange(row, column)))
                .findFirst();
    }

    static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.getAddress()).append('=').append(cell).append('\n')));
        return text.toString();
    }
}
