package eu.aireadiness.publication;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Cell styles of the workbook and helpers to write cells and lay out a table sheet. Numbers are stored at full
 * precision; only the number format rounds what is shown (scores to one decimal).
 */
final class XlsxStyles {

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle score;
    private final CellStyle value;
    private final CellStyle whole;
    private final CellStyle change;

    XlsxStyles(XSSFWorkbook workbook, Branding branding) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        bold.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}));
        XSSFCellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
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
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        score = numberStyle(workbook, "0.0");
        value = numberStyle(workbook, "0.0##");
        whole = numberStyle(workbook, "0");
        change = numberStyle(workbook, "+0.0;-0.0;0.0");
    }

    private static CellStyle numberStyle(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** Writes the header row, freezes it, puts an auto filter over the table and sets the column widths. */
    void table(XSSFSheet sheet, String[] headers, int[] widths, int lastRow) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, headers.length - 1));
    }

    void title(Row row, int column, String text) {
        cell(row, column, text).setCellStyle(title);
    }

    Cell cell(Row row, int column, String content) {
        Cell cell = row.createCell(column);
        cell.setCellValue(content);
        cell.setCellStyle(text);
        return cell;
    }

    void wrapped(Row row, int column, String content) {
        cell(row, column, content).setCellStyle(wrapped);
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

    void value(Row row, int column, double number) {
        number(row, column, number, value);
    }

    void whole(Row row, int column, int number) {
        number(row, column, number, whole);
    }

    void whole(Row row, int column, OptionalInt number) {
        if (number.isPresent()) {
            whole(row, column, number.getAsInt());
        }
    }

    private static void number(Row row, int column, double number, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(number);
        cell.setCellStyle(style);
    }
}
