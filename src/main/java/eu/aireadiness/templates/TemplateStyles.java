package eu.aireadiness.templates;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles of the template. Locked cells are grey so that officers see at a glance what they may not
 * change; the cells they fill in are white with a border. Text cells are formatted as text ("@") so that a source
 * such as "2024" stays as typed; the value cells keep the General format, because a percentage format would make
 * Excel store a hundredth of what the officer sees.
 */
record TemplateStyles(CellStyle header, CellStyle locked, CellStyle editableNumber, CellStyle editableText,
                      CellStyle title, CellStyle paragraph) {

    static TemplateStyles of(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);

        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setLocked(true);
        shade(header, IndexedColors.GREY_40_PERCENT);

        CellStyle locked = workbook.createCellStyle();
        locked.setLocked(true);
        shade(locked, IndexedColors.GREY_25_PERCENT);

        CellStyle number = workbook.createCellStyle();
        number.setLocked(false);
        border(number);

        CellStyle text = workbook.createCellStyle();
        text.setLocked(false);
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        border(text);

        CellStyle title = workbook.createCellStyle();
        title.setFont(large);

        CellStyle paragraph = workbook.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        return new TemplateStyles(header, locked, number, text, title, paragraph);
    }

    private static void shade(CellStyle style, IndexedColors colour) {
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    /** The height a wrapped paragraph needs, estimated from its length: Excel sizes rows only when a cell is edited. */
    static float wrappedHeight(String text, int columnWidthCharacters) {
        int lines = Math.max(1, (int) Math.ceil(text.length() / (columnWidthCharacters * 0.9)));
        return lines * 15f;
    }
}
