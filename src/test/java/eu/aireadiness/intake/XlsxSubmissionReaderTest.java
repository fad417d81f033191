package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.submission.Severity;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionFormat;
import eu.aireadiness.submission.SubmittedRow;

class XlsxSubmissionReaderTest {

    private static final String[] HEADER = {"REF_AREA", "TIME_PERIOD", "INDICATOR", "OBS_VALUE", "UNIT_MEASURE",
            "OBS_STATUS", "SOURCE", "NOTE"};

    @TempDir
    Path dir;

    /** The officers' template: instructions first, then the data sheet; numbers typed as numbers. */
    static XSSFWorkbook template() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet instructions = workbook.createSheet("Instructions");
        instructions.createRow(0).createCell(0).setCellValue("How to fill in the submission of the AI Readiness Index");
        instructions.createRow(2).createCell(0).setCellValue("One row per indicator; see the sheet Data.");
        Sheet data = workbook.createSheet("Data");
        Row header = data.createRow(0);
        for (int c = 0; c < HEADER.length; c++) {
            header.createCell(c).setCellValue(HEADER[c]);
        }
        dataRow(data, 1, "SKL1", 51.3, "PC_IND");
        dataRow(data, 2, "GRN4", 0.1 + 0.2, "EUR_KWH");
        dataRow(data, 5, "CMP1", 60, "MW");
        return workbook;
    }

    static Row dataRow(Sheet sheet, int index, String indicator, double value, String unit) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue("SK");
        row.createCell(1).setCellValue(2026);
        row.createCell(2).setCellValue(indicator);
        row.createCell(3).setCellValue(value);
        row.createCell(4).setCellValue(unit);
        row.createCell(6).setCellValue("Eurostat");
        return row;
    }

    private Path save(Workbook workbook, String fileName) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        workbook.close();
        return Fixtures.write(dir, "SK", fileName, bytes.toByteArray());
    }

    @Test
    void findsTheDataSheetAfterTheInstructionsAndWritesNumbersInFullPrecision() throws Exception {
        ReadResult read = SubmissionReader.read(save(template(), "AIRI_2026_SK.xlsx"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.sheet()).contains("Data");
        assertThat(read.header()).containsExactly(HEADER);
        assertThat(read.headerRow()).isEqualTo(1);
        assertThat(read.format().orElseThrow().kind()).isEqualTo(SubmissionFormat.Kind.XLSX);
        assertThat(read.decimalMark()).isEqualTo(SubmissionFormat.DecimalMark.POINT);
        assertThat(read.rows()).extracting(SubmittedRow::row).containsExactly(2L, 3L, 6L);
        assertThat(read.rows().get(0).cells()).containsEntry("REF_AREA", "SK").containsEntry("TIME_PERIOD", "2026")
                .containsEntry("OBS_VALUE", "51.3").containsEntry("OBS_STATUS", "").containsEntry("NOTE", "");
        assertThat(read.rows().get(1).cell(SubmissionColumn.OBS_VALUE)).isEqualTo("0.30000000000000004");
        assertThat(read.rows().get(2).cell(SubmissionColumn.OBS_VALUE)).isEqualTo("60");
    }

    @Test
    void usesTheCachedValueOfAFormulaAndWarnsAboutTheCell() throws Exception {
        XSSFWorkbook workbook = template();
        Cell cell = workbook.getSheet("Data").getRow(6 - 1).getCell(3);
        cell.setCellFormula("100/4");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);

        ReadResult read = SubmissionReader.read(save(workbook, "AIRI_2026_SK.xlsx"));

        assertThat(read.hasErrors()).isFalse();
        assertThat(read.rows().get(2).cell(SubmissionColumn.OBS_VALUE)).isEqualTo("25");
        assertThat(read.problems()).containsExactly(new ValidationProblem(Severity.WARNING, 6, "OBS_VALUE", "25",
                "FORMULA_CELL", "SK/AIRI_2026_SK.xlsx, sheet 'Data', cell D6 (OBS_VALUE): holds the formula =100/4;"
                        + " its last computed value '25' was used. Paste the values instead (Paste Special > Values)"
                        + " so that what you see is what is submitted."));
    }

    @Test
    void refusesANumberShownAsAPercentage() throws Exception {
        XSSFWorkbook workbook = template();
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        workbook.getSheet("Data").getRow(1).getCell(3).setCellValue(0.513);
        workbook.getSheet("Data").getRow(1).getCell(3).setCellStyle(percent);

        ReadResult read = SubmissionReader.read(save(workbook, "AIRI_2026_SK.xlsx"));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("PERCENT_FORMAT");
            assertThat(p.isError()).isTrue();
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.value()).isEqualTo("0.513");
        });
    }

    @Test
    void refusesAnEncryptedWorkbook() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        template().write(plain);
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(plain.toByteArray()));
             OutputStream out = encryptor.getDataStream(fs)) {
            pkg.save(out);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();

        ReadResult read = SubmissionReader.read(
                Fixtures.write(dir, "SK", "AIRI_2026_SK.xlsx", encrypted.toByteArray()));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("ENCRYPTED_WORKBOOK");
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.xlsx: the workbook is protected with a password");
        });
    }

    @Test
    void refusesALegacyXlsWorkbookWhateverItsName() throws Exception {
        for (String name : List.of("AIRI_2026_SK.xls", "AIRI_2026_SK.xlsx")) {
            HSSFWorkbook workbook = new HSSFWorkbook();
            workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("REF_AREA");

            ReadResult read = SubmissionReader.read(save(workbook, name));

            assertThat(read.problems()).singleElement().satisfies(p -> {
                assertThat(p.rule()).isEqualTo("LEGACY_EXCEL");
                assertThat(p.message()).startsWith("SK/" + name + ": ")
                        .contains("save it with 'Save As' as 'Excel Workbook (*.xlsx)'");
            });
        }
    }

    @Test
    void refusesATextFileRenamedToXlsx() throws Exception {
        Path file = Fixtures.copy("clean_comma.csv", dir, "SK", "AIRI_2026_SK.xlsx");

        ReadResult read = SubmissionReader.read(file);

        assertThat(read.problems()).containsExactly(new ValidationProblem(Severity.ERROR, 0, "", "", "NOT_A_WORKBOOK",
                "SK/AIRI_2026_SK.xlsx: the file is named .xlsx but is not an Excel workbook (it may be a CSV or text"
                        + " file that was renamed). If it is a CSV file, give it the extension .csv; otherwise open it"
                        + " in Excel and save it with 'Save As' as 'Excel Workbook (*.xlsx)'."));
    }

    @Test
    void refusesADamagedWorkbookAndAMissingFileWithoutThrowing() throws Exception {
        byte[] truncated = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21};
        assertThat(SubmissionReader.read(Fixtures.write(dir, "SK", "AIRI_2026_SK.xlsx", truncated)).problems())
                .extracting(ValidationProblem::rule).containsExactly("NOT_A_WORKBOOK");
        assertThat(SubmissionReader.read(dir.resolve("SK/gone.xlsx")).problems())
                .extracting(ValidationProblem::rule).containsExactly("UNREADABLE_FILE");
    }

    @Test
    void refusesMacroEnabledWorkbooksByNameAndByContent() throws Exception {
        XSSFWorkbook macroEnabled = template();
        macroEnabled.setWorkbookType(XSSFWorkbookType.XLSM);
        assertThat(SubmissionReader.read(save(macroEnabled, "AIRI_2026_SK.xlsx")).problems())
                .extracting(ValidationProblem::rule).containsExactly("MACRO_ENABLED_WORKBOOK");
        assertThat(SubmissionReader.read(save(template(), "AIRI_2026_SK.xlsm")).problems())
                .extracting(ValidationProblem::rule).containsExactly("MACRO_ENABLED_WORKBOOK");
    }

    @Test
    void refusesAWorkbookWithoutTheSubmissionHeader() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("nothing here");

        ReadResult read = SubmissionReader.read(save(workbook, "AIRI_2026_SK.xlsx"));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("NO_DATA_SHEET");
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.xlsx: no sheet starts with the submission header"
                    + " (sheets: 'Notes').");
        });
    }

    @Test
    void refusesAnExcelWorkbookNamedCsv() throws Exception {
        ReadResult read = SubmissionReader.read(save(template(), "AIRI_2026_SK.csv"));

        assertThat(read.problems()).extracting(ValidationProblem::rule).containsExactly("NOT_A_CSV");
    }
}
