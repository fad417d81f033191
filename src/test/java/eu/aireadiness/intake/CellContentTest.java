package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;

/**
 * A worksheet cell that holds a date, a time, a logical value or an error where a number belongs is refused with
 * its cell reference and what the officer sees in it; workbooks written by POI, read by the real reader and checked
 * by the real validator. The template's data sheet has SKL1 in row 2, GRN4 in row 3 and CMP1 in row 6; TIME_PERIOD
 * is column B, OBS_VALUE column D, NOTE column H. 2026-05-04 is day 46146 of Excel's calendar (counted by hand from
 * 1899-12-30, which Excel's 1900 leap-year rule makes day 0).
 */
class CellContentTest {

    private static final Framework FRAMEWORK = new InputFolder(Path.of("input")).load();

    @TempDir
    Path dir;

    /** A change to the template's Data sheet, and the one problem the file is then refused for. */
    record Case(String name, Consumer<XSSFWorkbook> change, String rule, long row, String column, String value,
                List<String> messageParts) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("a date with a day-first format", wb -> dated(wb, cell(wb, 2, 3), "dd/mm/yyyy"),
                        "DATE_CELL", 2, "OBS_VALUE", "2026-05-04", List.of(
                        "SK/AIRI_2026_SK.xlsx, sheet 'Data', cell D2 (OBS_VALUE): the cell holds the date 2026-05-04"
                                + " (shown as 04/05/2026), not a number; Excel keeps it as the number 46146, which is"
                                + " not what you see.",
                        "Format the cell as Number")),
                new Case("a date in Excel's regional short date format", wb -> dated(wb, cell(wb, 6, 3), 14),
                        "DATE_CELL", 6, "OBS_VALUE", "2026-05-04", List.of(
                        "cell D6 (OBS_VALUE): the cell holds the date 2026-05-04 (shown in your computer's date"
                                + " format), not a number")),
                new Case("a time", wb -> {
                    Cell cell = cell(wb, 3, 3);
                    cell.setCellValue(0.5);
                    cell.setCellStyle(style(wb, "hh:mm"));
                }, "DATE_CELL", 3, "OBS_VALUE", "12:00", List.of(
                        "cell D3 (OBS_VALUE): the cell holds the time 12:00 (shown as 12:00), not a number; Excel"
                                + " keeps it as the number 0.5")),
                new Case("a date and time", wb -> {
                    Cell cell = cell(wb, 2, 3);
                    cell.setCellValue(46146.75);
                    cell.setCellStyle(style(wb, "yyyy-mm-dd hh:mm"));
                }, "DATE_CELL", 2, "OBS_VALUE", "2026-05-04 18:00", List.of(
                        "the cell holds the date and time 2026-05-04 18:00 (shown as 2026-05-04 18:00)")),
                new Case("a date as the year", wb -> dated(wb, cell(wb, 2, 1), "dd.mm.yyyy"),
                        "DATE_CELL", 2, "TIME_PERIOD", "2026-05-04", List.of(
                        "cell B2 (TIME_PERIOD): the cell holds the date 2026-05-04 (shown as 04.05.2026), not the"
                                + " edition year", "type the year, such as 2026")),
                new Case("a formula giving a date", wb -> {
                    Cell cell = cell(wb, 2, 3);
                    cell.setCellFormula("DATE(2026,5,4)");
                    cell.setCellStyle(style(wb, "d mmm yyyy"));
                    evaluate(wb, cell);
                }, "DATE_CELL", 2, "OBS_VALUE", "2026-05-04", List.of(
                        "cell D2 (OBS_VALUE): its formula =DATE(2026,5,4) gives the date 2026-05-04 (shown as"
                                + " 4 May 2026), not a number")),
                new Case("a logical value", wb -> cell(wb, 3, 3).setCellValue(true),
                        "BOOLEAN_CELL", 3, "OBS_VALUE", "TRUE", List.of(
                        "SK/AIRI_2026_SK.xlsx, sheet 'Data', cell D3 (OBS_VALUE): the cell holds the logical value"
                                + " TRUE, not a number. Type the number itself; if the value is not available, leave"
                                + " OBS_VALUE empty and set OBS_STATUS to M.")),
                new Case("a formula giving a logical value", wb -> {
                    Cell cell = cell(wb, 3, 3);
                    cell.setCellFormula("1>2");
                    evaluate(wb, cell);
                }, "BOOLEAN_CELL", 3, "OBS_VALUE", "FALSE", List.of(
                        "cell D3 (OBS_VALUE): its formula =1>2 gives the logical value FALSE, not a number.")),
                new Case("an error value", wb -> cell(wb, 6, 3).setCellErrorValue(FormulaError.NA.getCode()),
                        "ERROR_CELL", 6, "OBS_VALUE", "#N/A", List.of(
                        "SK/AIRI_2026_SK.xlsx, sheet 'Data', cell D6 (OBS_VALUE): the cell holds the error value"
                                + " #N/A, not a value. Type the number itself; if the value is not available, leave"
                                + " OBS_VALUE empty and set OBS_STATUS to M.")),
                new Case("a formula that cannot be computed", wb -> {
                    Cell cell = cell(wb, 2, 3);
                    cell.setCellFormula("1/0");
                    evaluate(wb, cell);
                }, "ERROR_CELL", 2, "OBS_VALUE", "#DIV/0!", List.of(
                        "cell D2 (OBS_VALUE): the cell shows the error #DIV/0!, not a value: its formula =1/0"
                                + " cannot be computed. Type the number itself; if the value is not available, leave"
                                + " OBS_VALUE empty and set OBS_STATUS to M.")),
                new Case("an error in the note", wb -> cell(wb, 2, 7).setCellErrorValue(FormulaError.REF.getCode()),
                        "ERROR_CELL", 2, "NOTE", "#REF!", List.of(
                        "cell H2 (NOTE): the cell holds the error value #REF!, not a value. Type the NOTE itself in"
                                + " the cell.")),
                new Case("a percentage, as before", wb -> {
                    Cell cell = cell(wb, 2, 3);
                    cell.setCellValue(0.513);
                    cell.setCellStyle(style(wb, "0.0%"));
                }, "PERCENT_FORMAT", 2, "OBS_VALUE", "0.513", List.of(
                        "cell D2 (OBS_VALUE): the cell is formatted as a percentage"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesTheCellNamingWhatTheOfficerSees(Case c) throws Exception {
        XSSFWorkbook workbook = XlsxSubmissionReaderTest.template();
        c.change().accept(workbook);
        Path file = save(workbook);

        ReadResult read = SubmissionReader.read(file);
        ValidationReport report = validate(file, read);

        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(c.rule());
            assertThat(p.isError()).isTrue();
            assertThat(p.row()).isEqualTo(c.row());
            assertThat(p.column()).isEqualTo(c.column());
            assertThat(p.value()).isEqualTo(c.value());
            assertThat(p.message()).contains(c.messageParts());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plainCells")
    void readsOtherCellsAsTheyAreShown(String name, Consumer<XSSFWorkbook> change, String expected) throws Exception {
        XSSFWorkbook workbook = XlsxSubmissionReaderTest.template();
        change.accept(workbook);
        Path file = save(workbook);

        ReadResult read = SubmissionReader.read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows().get(0).values()).contains(expected);
        assertThat(validate(file, read).problems()).noneMatch(ValidationProblem::isError);
    }

    static Stream<Arguments> plainCells() {
        return Stream.of(
                Arguments.of("a number with two decimals", (Consumer<XSSFWorkbook>) wb -> {
                    cell(wb, 2, 3).setCellValue(51.25);
                    cell(wb, 2, 3).setCellStyle(style(wb, "0.00"));
                }, "51.25"),
                Arguments.of("a number as text", (Consumer<XSSFWorkbook>) wb -> cell(wb, 2, 3).setCellValue("51.3"),
                        "51.3"),
                Arguments.of("a logical value in the note", (Consumer<XSSFWorkbook>) wb -> cell(wb, 2, 7)
                        .setCellValue(true), "TRUE"),
                Arguments.of("a number in the note", (Consumer<XSSFWorkbook>) wb -> cell(wb, 2, 7)
                        .setCellValue(12.5), "12.5"),
                Arguments.of("a date in the note, as shown", (Consumer<XSSFWorkbook>) wb ->
                        dated(wb, cell(wb, 2, 7), "dd/mm/yyyy"), "04/05/2026"),
                Arguments.of("a date in the note in the regional format", (Consumer<XSSFWorkbook>) wb ->
                        dated(wb, cell(wb, 2, 7), 14), "2026-05-04"));
    }

    private static Cell cell(XSSFWorkbook workbook, int excelRow, int column) {
        var row = workbook.getSheet("Data").getRow(excelRow - 1);
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }

    private static void dated(XSSFWorkbook workbook, Cell cell, String format) {
        cell.setCellValue(LocalDate.of(2026, 5, 4));
        cell.setCellStyle(style(workbook, format));
    }

    private static void dated(XSSFWorkbook workbook, Cell cell, int builtinFormat) {
        cell.setCellValue(LocalDate.of(2026, 5, 4));
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat((short) builtinFormat);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void evaluate(XSSFWorkbook workbook, Cell cell) {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
    }

    private Path save(XSSFWorkbook workbook) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        workbook.close();
        return Fixtures.write(dir, "SK", "AIRI_2026_SK.xlsx", bytes.toByteArray());
    }

    private static ValidationReport validate(Path file, ReadResult read) throws Exception {
        SubmissionFile submission = new SubmissionFile(file, "SK", "0".repeat(64), Files.size(file), Instant.EPOCH);
        return new SubmissionValidator(FRAMEWORK.codebook(), FRAMEWORK.countries(), FRAMEWORK.reference())
                .validate(submission, read, PreviousValues.none(), observation -> { });
    }
}
