package eu.aireadiness.templates;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet of the template prints: on A4, one page wide and as many pages long as it takes, so that an officer who
 * prints the template for a colleague gets a few readable pages, not a column per page.
 */
final class SheetPrint {

    private SheetPrint() {
    }

    /** A table: landscape, its header row repeated on every page. */
    static void table(XSSFSheet sheet) {
        fitToWidth(sheet, true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** Running text in one wide column: portrait. */
    static void text(XSSFSheet sheet) {
        fitToWidth(sheet, false);
    }

    private static void fitToWidth(XSSFSheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }
}
