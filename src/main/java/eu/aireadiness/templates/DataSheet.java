package eu.aireadiness.templates;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.submission.SubmissionColumn;

/**
 * The sheet the officer fills in, in SDMX-CSV 2.0 form: the header of {@link TemplateColumns} in row 1 and nothing
 * else, so that the filled file is read without a warning; one row per indicator with the structure (the edition's
 * dataflow), the action, the country, the year, the code and the unit written and locked, the indicator's name in
 * the template's language shown beside its code (see {@link #codeWithName}); OBS_VALUE, OBS_STATUS, SOURCE and NOTE
 * open, with Excel's data validation catching a text or an implausible number while the officer types.
 *
 * <p>ACTION is I (information) and locked: a submission is complete, each file replacing the country's earlier one,
 * so the other data actions (A, R, M) would mean the same and only invite the question which to choose. The one
 * other action that means something to the intake, D (delete a published value), is taken only by an edition opened
 * for revision; in such an edition's template the cell is open, with the list I, D.
 */
final class DataSheet {

    static final String NAME = "Data";
    static final List<String> STATUS_CODES = List.of("A", "E", "P", "M");
    /** The action of a row of data: SDMX's "information". */
    static final String INFORMATION = "I";
    static final List<String> REVISION_ACTIONS = List.of(INFORMATION, "D");

    // Excel refuses longer input titles and messages when it opens the file.
    private static final int TITLE_LIMIT = 32;
    private static final int MESSAGE_LIMIT = 225;

    private final TemplateTexts texts;
    private final TemplateStyles styles;

    DataSheet(TemplateTexts texts, TemplateStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(XSSFSheet sheet, Country country, TemplateEdition edition, List<Indicator> indicators) {
        Row header = sheet.createRow(0);
        for (SubmissionColumn column : TemplateColumns.ORDER) {
            Cell cell = header.createCell(position(column));
            cell.setCellValue(column.name());
            cell.setCellStyle(styles.header());
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Row row = sheet.createRow(i + 1);
            locked(row, SubmissionColumn.STRUCTURE).setCellValue(TemplateColumns.STRUCTURE_DATAFLOW);
            locked(row, SubmissionColumn.STRUCTURE_ID).setCellValue(edition.dataflow().toString());
            if (edition.revision()) {
                open(row, SubmissionColumn.ACTION, true).setCellValue(INFORMATION);
            } else {
                locked(row, SubmissionColumn.ACTION).setCellValue(INFORMATION);
            }
            locked(row, SubmissionColumn.REF_AREA).setCellValue(country.code());
            locked(row, SubmissionColumn.TIME_PERIOD).setCellValue(edition.year());
            Cell code = locked(row, SubmissionColumn.INDICATOR);
            code.setCellValue(indicator.code());
            code.setCellStyle(codeWithName(sheet, texts.indicatorName(indicator)));
            locked(row, SubmissionColumn.UNIT_MEASURE).setCellValue(indicator.submissionUnit());
            // Created empty so that the open cells carry their unlocked style; an empty cell reads as no value.
            open(row, SubmissionColumn.OBS_VALUE, false);
            open(row, SubmissionColumn.OBS_STATUS, true);
            open(row, SubmissionColumn.SOURCE, true);
            open(row, SubmissionColumn.NOTE, true);
            sheet.addValidationData(valueValidation(helper, indicator, i + 1));
        }
        if (!indicators.isEmpty()) {
            sheet.addValidationData(listValidation(helper, indicators.size(), SubmissionColumn.OBS_STATUS,
                    STATUS_CODES, "status"));
            if (edition.revision()) {
                sheet.addValidationData(listValidation(helper, indicators.size(), SubmissionColumn.ACTION,
                        REVISION_ACTIONS, "action"));
            }
        }
        for (SubmissionColumn column : TemplateColumns.ORDER) {
            sheet.setColumnWidth(TemplateColumns.position(column), TemplateColumns.width(column) * 256);
        }
        sheet.createFreezePane(0, 1);
        SheetPrint.table(sheet);
        SheetLock.lock(sheet);
    }

    private Cell locked(Row row, SubmissionColumn column) {
        Cell cell = row.createCell(position(column));
        cell.setCellStyle(styles.locked());
        return cell;
    }

    private Cell open(Row row, SubmissionColumn column, boolean text) {
        Cell cell = row.createCell(position(column));
        cell.setCellStyle(text ? styles.editableText() : styles.editableNumber());
        return cell;
    }

    private DataValidation valueValidation(XSSFDataValidationHelper helper, Indicator indicator, int rowIndex) {
        ValueRule rule = ValueRule.of(indicator);
        int type = rule.wholeNumber() ? ValidationType.INTEGER : ValidationType.DECIMAL;
        DataValidationConstraint constraint = rule.range().isPresent()
                ? helper.createNumericConstraint(type, OperatorType.BETWEEN, rule.lowest(), rule.highest())
                : helper.createNumericConstraint(type, OperatorType.GREATER_OR_EQUAL, rule.lowest(), null);
        String kind = texts.text(rule.wholeNumber() ? "value.kind.whole" : "value.kind.decimal");
        String shape = rule.range().isPresent() ? "range" : "atLeast";
        String[] arguments = {indicator.code(), indicator.submissionUnit(), kind, rule.lowest(), rule.highest(),
                indicator.denominator().orElse("")};
        DataValidation validation = helper.createValidation(constraint, cells(rowIndex, rowIndex,
                SubmissionColumn.OBS_VALUE));
        validation.setEmptyCellAllowed(true);
        validation.setShowPromptBox(true);
        validation.createPromptBox(limited("value.prompt.title", TITLE_LIMIT, arguments),
                limited("value.prompt." + shape, MESSAGE_LIMIT, arguments));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(limited("value.error.title", TITLE_LIMIT, arguments),
                limited("value.error." + shape, MESSAGE_LIMIT, arguments));
        return validation;
    }

    /** A choice from a list, its texts under {@code <prefix>.prompt.*} and {@code <prefix>.error.*}. */
    private DataValidation listValidation(XSSFDataValidationHelper helper, int rows, SubmissionColumn column,
                                          List<String> choices, String prefix) {
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices.toArray(String[]::new)), cells(1, rows, column));
        validation.setEmptyCellAllowed(true);
        validation.setShowPromptBox(true);
        validation.createPromptBox(limited(prefix + ".prompt.title", TITLE_LIMIT),
                limited(prefix + ".prompt.text", MESSAGE_LIMIT));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(limited(prefix + ".error.title", TITLE_LIMIT),
                limited(prefix + ".error.text", MESSAGE_LIMIT));
        return validation;
    }

    private static CellRangeAddressList cells(int firstRow, int lastRow, SubmissionColumn column) {
        return new CellRangeAddressList(firstRow, lastRow, position(column), position(column));
    }

    private static int position(SubmissionColumn column) {
        return TemplateColumns.position(column);
    }

    /**
     * The locked style with a text format that shows the indicator's name after its code ("CMP1 · Data-centre IT
     * power capacity"): the cell holds the code alone, which the reader takes, and the officer sees the name beside
     * it in every language without a column the submission format does not know (the reader warns about a column
     * without a name). A double quote would end the format's literal, so it is shown as a typographic one.
     */
    private CellStyle codeWithName(XSSFSheet sheet, String name) {
        XSSFWorkbook workbook = sheet.getWorkbook();
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(styles.locked());
        String literal = name.replace("\"", "\u201D").replace("\\", "\u2216");
        style.setDataFormat(workbook.createDataFormat().getFormat("@\" \u00B7 " + literal + "\""));
        return style;
    }

    private String limited(String key, int limit, String... arguments) {
        String text = texts.text(key, arguments);
        if (text.length() > limit) {
            throw new TemplateException(texts.file() + ": key '" + key + "' gives " + text.length()
                    + " characters (" + text + "); Excel accepts at most " + limit + " here. Shorten the text.");
        }
        return text;
    }
}
