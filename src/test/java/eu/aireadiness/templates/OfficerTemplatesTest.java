package eu.aireadiness.templates;

import static eu.aireadiness.templates.TemplateColumns.position;
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
import eu.aireadiness.submission.SubmissionColumn;

/** The generated templates read back with POI: sheets, header, pre-filled and locked cells, data validations. */
class OfficerTemplatesTest {

    /** SDMX-CSV 2.0: the structure, the action, then the dimensions, the measure and the attributes. */
    private static final List<String> HEADER = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA",
            "TIME_PERIOD", "INDICATOR", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "SOURCE", "NOTE");
    private static final List<SubmissionColumn> LOCKED = List.of(SubmissionColumn.STRUCTURE,
            SubmissionColumn.STRUCTURE_ID, SubmissionColumn.ACTION, SubmissionColumn.REF_AREA,
            SubmissionColumn.TIME_PERIOD, SubmissionColumn.INDICATOR, SubmissionColumn.UNIT_MEASURE);
    private static final List<SubmissionColumn> OPEN = List.of(SubmissionColumn.OBS_VALUE,
            SubmissionColumn.OBS_STATUS, SubmissionColumn.SOURCE, SubmissionColumn.NOTE);
    private static final int INDICATOR = position(SubmissionColumn.INDICATOR);
    private static final int OBS_VALUE = position(SubmissionColumn.OBS_VALUE);
    private static final int UNIT_MEASURE = position(SubmissionColumn.UNIT_MEASURE);

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
        // One CSV template per country, the same in every language: it holds codes only.
        assertThat(outcome.csvFiles()).hasSize(27).allMatch(Files::isRegularFile)
                .allMatch(f -> f.getParent().equals(outcome.folder()));
        assertThat(outcome.csvFiles().get(0).getFileName()).hasToString("AIRI_2026_AT_template.csv");
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
            assertThat(instructions).contains("SDMX-CSV 2.0", "STRUCTURE and STRUCTURE_ID",
                    "dataflow for 2026, AIRI:DF_AIRI(1.0)", "I (information)", "D (delete) is refused while the"
                    + " edition is open", "locked at I", "use the file AIRI_2026_AT_template.csv");
            assertThat(instructions).doesNotContain("{0}", "{2}", "{5}", "{6}", "opened for revision, so ACTION");
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
                assertThat(row.getCell(position(SubmissionColumn.STRUCTURE)).getStringCellValue())
                        .isEqualTo("dataflow");
                assertThat(row.getCell(position(SubmissionColumn.STRUCTURE_ID)).getStringCellValue())
                        .isEqualTo("AIRI:DF_AIRI(1.0)");
                assertThat(row.getCell(position(SubmissionColumn.ACTION)).getStringCellValue()).isEqualTo("I");
                assertThat(row.getCell(position(SubmissionColumn.REF_AREA)).getStringCellValue()).isEqualTo("EL");
                assertThat(row.getCell(position(SubmissionColumn.TIME_PERIOD)).getNumericCellValue())
                        .isEqualTo(2026.0);
                assertThat(row.getCell(INDICATOR).getStringCellValue()).isEqualTo(indicators.get(i).code());
                // The name shows beside the code through the cell's format; the cell holds the code alone.
                assertThat(row.getCell(INDICATOR).getCellStyle().getDataFormatString())
                        .isEqualTo("@\" \u00B7 " + indicators.get(i).name() + "\"");
                assertThat(row.getCell(UNIT_MEASURE).getStringCellValue())
                        .isEqualTo(indicators.get(i).submissionUnit());
                assertThat(row.getCell(OBS_VALUE).getCellType()).hasToString("BLANK");
                for (SubmissionColumn locked : LOCKED) {
                    assertThat(row.getCell(position(locked)).getCellStyle().getLocked()).as(locked.name()).isTrue();
                }
                for (SubmissionColumn open : OPEN) {
                    assertThat(row.getCell(position(open)).getCellStyle().getLocked()).as(open.name()).isFalse();
                }
            }
            assertThat(data.getRow(2).getCell(INDICATOR).getStringCellValue()).isEqualTo("CMP2");
            assertThat(data.getRow(2).getCell(UNIT_MEASURE).getStringCellValue()).isEqualTo("PFLOPS");
            assertThat(validationAt(data, 1, position(SubmissionColumn.ACTION)))
                    .as("ACTION is locked at I in an open edition: nothing to choose").isEmpty();
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
            DataValidation grn1 = validationAt(data, 5, OBS_VALUE).orElseThrow();
            assertThat(grn1.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(grn1.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
            assertThat(grn1.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(grn1.getValidationConstraint().getFormula2()).isEqualTo("100");
            assertThat(grn1.getShowErrorBox()).isTrue();
            assertThat(grn1.getErrorBoxText()).contains("GRN1", "from 0 to 100");
            assertThat(grn1.getPromptBoxText()).contains("status M");
            // GRN4 (row 9): EUR/kWh, plausible 0.03-0.8.
            DataValidation grn4 = validationAt(data, 8, OBS_VALUE).orElseThrow();
            assertThat(grn4.getValidationConstraint().getFormula1()).isEqualTo("0.03");
            assertThat(grn4.getValidationConstraint().getFormula2()).isEqualTo("0.8");
            // CMP4 (row 5): a code 0-2, whole numbers only.
            DataValidation cmp4 = validationAt(data, 4, OBS_VALUE).orElseThrow();
            assertThat(cmp4.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(cmp4.getValidationConstraint().getFormula2()).isEqualTo("2");
            // CMP1 (row 2): MW divided by population: only "0 or more", the validator checks the rest.
            DataValidation cmp1 = validationAt(data, 1, OBS_VALUE).orElseThrow();
            assertThat(cmp1.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(cmp1.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
            assertThat(cmp1.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(cmp1.getPromptBoxText()).contains("national total", "POP");
            // INV3 (row 22): a count divided by population: a whole number of 0 or more.
            DataValidation inv3 = validationAt(data, 21, OBS_VALUE).orElseThrow();
            assertThat(inv3.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(inv3.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
            for (int r = 1; r <= 30; r++) {
                assertThat(validationAt(data, r, OBS_VALUE)).as("OBS_VALUE row " + (r + 1)).isPresent();
            }
        }
    }

    @Test
    void obsStatusOffersTheListAEPM() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(template("AT"))) {
            XSSFSheet data = workbook.getSheet("Data");
            for (int r = 1; r <= 30; r++) {
                DataValidation status = validationAt(data, r, position(SubmissionColumn.OBS_STATUS)).orElseThrow();
                assertThat(status.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                assertThat(status.getValidationConstraint().getExplicitListValues())
                        .containsExactly("A", "E", "P", "M");
                assertThat(status.getEmptyCellAllowed()).isTrue();
            }
            assertThat(validationAt(data, 1, position(SubmissionColumn.SOURCE))).as("SOURCE is free text").isEmpty();
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
    void theCsvTemplateHoldsTheSameRowsInSdmxCsv20() throws Exception {
        List<String> lines = List.of(Files.readString(output.resolve("templates/2026/AIRI_2026_AT_template.csv"),
                StandardCharsets.UTF_8).split("\r\n", -1));
        assertThat(lines).hasSize(1 + 30 + 1);
        assertThat(lines.get(0)).isEqualTo(String.join(",", HEADER));
        assertThat(lines.get(1)).isEqualTo("dataflow,AIRI:DF_AIRI(1.0),I,AT,2026,CMP1,,MW,,,");
        assertThat(lines.get(3)).isEqualTo("dataflow,AIRI:DF_AIRI(1.0),I,AT,2026,CMP3,,PC,,,");
        assertThat(lines.get(30)).startsWith("dataflow,AIRI:DF_AIRI(1.0),I,AT,2026,").endsWith(",,,");
        assertThat(lines.get(31)).isEmpty();
        List<Indicator> indicators = framework.codebook().indicators();
        for (int i = 0; i < 30; i++) {
            assertThat(lines.get(i + 1).split(",", -1)).as("line " + (i + 2)).containsExactly("dataflow",
                    "AIRI:DF_AIRI(1.0)", "I", "AT", "2026", indicators.get(i).code(), "",
                    indicators.get(i).submissionUnit(), "", "", "");
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
            String csv = "templates/2026/AIRI_2026_" + country + "_template.csv";
            assertThat(Files.readAllBytes(again.resolve(csv))).isEqualTo(Files.readAllBytes(output.resolve(csv)));
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
