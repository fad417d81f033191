package eu.aireadiness.intake;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/**
 * Refuses a worksheet cell whose content is not what its column takes, named as the officer sees it in Excel: a date
 * or time where a number or year belongs (Excel holds a date as a count of days, so 4 May 2026 would be read as
 * 46146), a logical value (TRUE, FALSE) where a number belongs, and an error (#N/A, #DIV/0!, ...) in any column the
 * header names.
 * A formula is judged by its saved result, which is what the officer sees in the cell.
 */
final class CellContentCheck {

    private static final String MISSING = "if the value is not available, leave OBS_VALUE empty and set OBS_STATUS"
            + " to M.";

    private CellContentCheck() {
    }

    /**
     * The refusal of the cell, if its content is not what its column takes.
     *
     * @param column the canonical name of the cell's column; empty when the header names none, and then nothing is
     *               refused
     * @param where  the file, sheet and cell, as messages name it
     */
    static Optional<ValidationProblem> refusal(Cell cell, String column, String where) {
        if (column.isEmpty()) {
            // A column the header does not name is ignored (UNNAMED_COLUMN), whatever it holds.
            return Optional.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA && CellText.hasCachedResult(cell)
                ? cell.getCachedFormulaResultType() : cell.getCellType();
        String formula = cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() : "";
        long row = cell.getRowIndex() + 1L;
        boolean value = column.equals(SubmissionColumn.OBS_VALUE.name());
        boolean year = column.equals(SubmissionColumn.TIME_PERIOD.name());
        if (type == CellType.ERROR) {
            String error = FormulaError.forInt(cell.getErrorCellValue()).getString();
            String what = formula.isEmpty() ? "the cell holds the error value " + error + ", not a value."
                    : "the cell shows the error " + error + ", not a value: its formula " + formula
                            + " cannot be computed.";
            String fix = value ? "Type the number itself; " + MISSING : "Type the " + column + " itself in the cell.";
            return Optional.of(SubmissionRule.ERROR_CELL.problem(row, column, error, where + ": " + what + " " + fix));
        }
        if (type == CellType.BOOLEAN && value) {
            String logical = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            String what = formula.isEmpty() ? "the cell holds the logical value " + logical
                    : "its formula " + formula + " gives the logical value " + logical;
            return Optional.of(SubmissionRule.BOOLEAN_CELL.problem(row, column, logical, where + ": " + what
                    + ", not a number. Type the number itself; " + MISSING));
        }
        if (type == CellType.NUMERIC && (value || year) && DateUtil.isCellDateFormatted(cell)) {
            return Optional.of(dateRefusal(cell, column, where, formula, year));
        }
        return Optional.empty();
    }

    private static ValidationProblem dateRefusal(Cell cell, String column, String where, String formula,
                                                 boolean year) {
        double days = cell.getNumericCellValue();
        LocalDateTime date = cell.getLocalDateTimeCellValue();
        String kind;
        String iso;
        if (days < 1) {
            kind = "the time";
            iso = date.format(DateTimeFormatter.ofPattern(date.getSecond() == 0 ? "HH:mm" : "HH:mm:ss"));
        } else if (days == Math.rint(days)) {
            kind = "the date";
            iso = date.toLocalDate().toString();
        } else {
            kind = "the date and time";
            iso = date.format(DateTimeFormatter.ofPattern(date.getSecond() == 0 ? "yyyy-MM-dd HH:mm"
                    : "yyyy-MM-dd HH:mm:ss"));
        }
        CellStyle style = cell.getCellStyle();
        String shown = CellText.isRegionalDateFormat(style) ? "shown in your computer's date format"
                : "shown as " + CellText.dateAsShown(cell);
        String holds = formula.isEmpty() ? "the cell holds " : "its formula " + formula + " gives ";
        String expected = year ? "the edition year" : "a number";
        String fix = year ? "Format the cell as Number or Text (Format Cells > Number) and type the year, such as"
                + " 2026." : "Format the cell as Number (Format Cells > Number) and type the value again: Excel"
                + " turns some numbers typed with a point, a slash or a colon into dates.";
        return SubmissionRule.DATE_CELL.problem(cell.getRowIndex() + 1L, column, iso, where + ": " + holds + kind
                + " " + iso + " (" + shown + "), not " + expected + "; Excel keeps it as the number "
                + CellText.number(days) + ", which is not what you see. " + fix);
    }
}
