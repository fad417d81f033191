package eu.aireadiness.publication.workbook;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.feedback.SpreadsheetText;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.NumberText;

/**
 * Cell styles of the workbook and helpers to write cells and lay out a table sheet. Numbers are stored at full
 * precision; only the number format rounds what is shown (scores to one decimal). An absent number is an empty cell,
 * never a dash or "NaN", so that the column stays numeric for sorting, filtering and formulas.
 *
 * <p>Works on {@link Sheet} and {@link Row}, so that the same helpers write the sheets held in memory (those with
 * charts) and the sheets streamed through SXSSF.
 */
final class XlsxStyles {

    /** Points per line of wrapped text in the default 11-point font. */
    private static final float LINE_HEIGHT = 15f;
    /**
     * Column width taken by a character of running text: a column's width unit is a digit, which is wider than most
     * letters, and LibreOffice fits about 1.3 characters of text per unit; 0.8 leaves room for words that do not
     * break at the column's edge and for a wider font in Excel.
     */
    private static final double WRAP_ALLOWANCE = 0.8;

    /** Number formats with 0 to {@link NumberText#MAX_DECIMALS} decimals, by their count of decimals. */
    private final CellStyle[] fixed = new CellStyle[NumberText.MAX_DECIMALS + 1];
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle strong;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle quotedWrapped;
    private final CellStyle wrapped;
    private final CellStyle score;
    private final CellStyle value;
    private final CellStyle whole;
    private final CellStyle change;

    XlsxStyles(XSSFWorkbook workbook, Branding branding) {
        XSSFFont white = workbook.createFont();
        white.setBold(true);
        white.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}));
        XSSFCellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(white);
        headerStyle.setFillForegroundColor(new XSSFColor(Branding.rgb(branding.primary())));
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setWrapText(true);
        headerStyle.setVerticalAlignment(VerticalAlignment.TOP);
        header = headerStyle;
        XSSFFont large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        large.setColor(new XSSFColor(Branding.rgb(branding.primary())));
        title = workbook.createCellStyle();
        title.setFont(large);
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        strong = workbook.createCellStyle();
        strong.setFont(bold);
        strong.setVerticalAlignment(VerticalAlignment.TOP);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        // Keeps a unit or a code in a text column apart from the right-aligned number before it.
        text.setIndention((short) 1);
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setIndention((short) 1);
        quotedWrapped = workbook.createCellStyle();
        quotedWrapped.cloneStyleFrom(wrapped);
        quotedWrapped.setQuotePrefixed(true);
        score = numberStyle(workbook, "0.0");
        value = numberStyle(workbook, "#,##0.0##");
        whole = numberStyle(workbook, "0");
        for (int decimals = 0; decimals < fixed.length; decimals++) {
            fixed[decimals] = numberStyle(workbook, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
        }
        // A change that rounds to zero shows without sign, as in the PDF.
        change = numberStyle(workbook, "[>=0.05]+0.0;[<=-0.05]-0.0;0.0");
    }

    private static CellStyle numberStyle(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /**
     * Writes the header row, freezes it (and the first {@code frozenColumns} columns, which name the row), puts an
     * auto filter over the header and the {@code rows} rows below it and sets the column widths.
     */
    void table(Sheet sheet, List<XlsxColumn> columns, int rows, int frozenColumns) {
        Row row = sheet.createRow(0);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            XlsxColumn column = columns.get(i);
            Cell cell = row.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, column.width() * 256);
            lines = Math.max(lines, linesOf(column));
        }
        row.setHeightInPoints(lines * LINE_HEIGHT);
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        printOnPageWidth(sheet);
    }

    /** Prints the sheet landscape on A4, as wide as the page, as many pages long as it takes. */
    static void printOnPageWidth(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** The lines a header wraps into in its column, counted generously (bold text is wider than the width unit). */
    private static int linesOf(XlsxColumn column) {
        int perLine = Math.max(1, column.width() - 2);
        return (column.header().length() + perLine - 1) / perLine;
    }

    void title(Row row, int column, String content) {
        cell(row, column, content).setCellStyle(title);
    }

    void strong(Row row, int column, String content) {
        cell(row, column, content).setCellStyle(strong);
    }

    Cell cell(Row row, int column, String content) {
        Cell cell = row.createCell(column);
        cell.setCellValue(content);
        cell.setCellStyle(text);
        return cell;
    }

    /**
     * Text taken from a submission (a source, a file name, a rejection reason). It is always stored as a string,
     * never as a formula; when it would run as a formula once typed or pasted into a spreadsheet (it starts with
     * {@code =}, {@code +}, {@code -} or {@code @}: {@link SpreadsheetText}'s rule), the cell is also marked
     * quote-prefixed, the workbook's own form of the leading apostrophe: the text shows unchanged and stays text
     * when the cell is edited. Blank text leaves the cell empty.
     */
    void submitted(Row row, int column, String content) {
        if (content != null && !content.isBlank()) {
            Cell cell = cell(row, column, content);
            if (wouldRunAsFormula(content)) {
                cell.setCellStyle(quoted);
            }
        }
    }

    /** Text from a submission, wrapped within its column: see {@link #submitted} and {@link #wrapped}. */
    void submittedWrapped(Row row, int column, String content) {
        if (content != null && !content.isBlank()) {
            wrapped(row, column, content);
            if (wouldRunAsFormula(content)) {
                row.getCell(column).setCellStyle(quotedWrapped);
            }
        }
    }

    private static boolean wouldRunAsFormula(String content) {
        return !SpreadsheetText.neutralise(content).equals(content);
    }

    /**
     * Text wrapped within its column. The row is made tall enough for it here, since neither Excel nor LibreOffice
     * reliably fits a row's height to wrapped text when opening a file.
     */
    void wrapped(Row row, int column, String content) {
        cell(row, column, content).setCellStyle(wrapped);
        int perLine = Math.max(1, row.getSheet().getColumnWidth(column) / 256);
        int lines = (int) Math.ceil(content.length() * WRAP_ALLOWANCE / perLine);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_HEIGHT));
    }

    void score(Row row, int column, double number) {
        number(row, column, number, score);
    }

    void score(Row row, int column, OptionalDouble number) {
        if (number.isPresent()) {
            score(row, column, number.getAsDouble());
        }
    }

    void change(Row row, int column, OptionalDouble number) {
        if (number.isPresent()) {
            number(row, column, number.getAsDouble(), change);
        }
    }

    void value(Row row, int column, OptionalDouble number) {
        if (number.isPresent()) {
            number(row, column, number.getAsDouble(), value);
        }
    }

    /**
     * A value shown with the indicator's decimals from the codebook, as the PDF prints it; the cell keeps the full
     * number, for whoever computes with it.
     */
    void value(Row row, int column, OptionalDouble number, int decimals) {
        if (number.isPresent()) {
            number(row, column, number.getAsDouble(), fixed[decimals]);
        }
    }

    void value(Row row, int column, double number) {
        number(row, column, number, value);
    }

    void whole(Row row, int column, long number) {
        number(row, column, (double) number, whole);
    }

    void whole(Row row, int column, OptionalInt number) {
        if (number.isPresent()) {
            whole(row, column, number.getAsInt());
        }
    }

    private static void number(Row row, int column, double number, CellStyle style) {
        if (!Double.isFinite(number)) {
            throw new PublicationException("a published number must be finite, found " + number + " in column "
                    + (column + 1) + " of row " + (row.getRowNum() + 1) + " of sheet '" + row.getSheet().getSheetName()
                    + "'; the edition's results are incomplete.");
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(number);
        cell.setCellStyle(style);
    }
}
