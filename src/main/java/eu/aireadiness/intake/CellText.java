package eu.aireadiness.intake;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * The text of a worksheet cell: numbers in full precision with a '.' decimal, dates as the cell shows them (a date
 * is a number of days to Excel, which no officer sees), formulas by their last result.
 */
final class CellText {

    private CellText() {
    }

    static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return hasCachedResult(cell) ? text(cell, cell.getCachedFormulaResultType()) : "";
        }
        return text(cell, cell.getCellType());
    }

    /** Whether Excel saved the formula's result; a workbook written by a program may hold formulas only. */
    static boolean hasCachedResult(Cell cell) {
        return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
    }

    /** Whether the cell shows its number as a percentage, that is 100 times what it holds. */
    static boolean isPercentFormatted(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        return type == CellType.NUMERIC && format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
    }

    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateAsShown(cell) : number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            case BLANK, FORMULA, _NONE -> "";
        };
    }

    /**
     * A date or time as its cell shows it; in ISO form (2026-05-04) where the cell's format is Excel's regional one,
     * which each computer shows in its own way.
     */
    static String dateAsShown(Cell cell) {
        CellStyle style = cell.getCellStyle();
        if (isRegionalDateFormat(style)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString()
                    : date.toLocalDate() + " " + date.toLocalTime();
        }
        return new DataFormatter(Locale.ROOT).formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(),
                style.getDataFormatString());
    }

    /** Excel's built-in formats 14 and 22 show dates in the computer's regional format, not as their code says. */
    static boolean isRegionalDateFormat(CellStyle style) {
        return style.getDataFormat() == 14 || style.getDataFormat() == 22;
    }

    /** The shortest decimal text that reads back as the same double, without exponent: 12.5, 2026, 0.000001. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
