package eu.aireadiness.templates;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import eu.aireadiness.framework.Country;

/**
 * The first sheet, what an officer reads on opening the file: one paragraph per row, each from the texts file.
 * The sheet holds no cell that starts with a submission column name, so the reader passes over it to the Data sheet.
 */
final class InstructionsSheet {

    /** Stands for the paragraph on deletions, which differs for an edition opened for revision. */
    private static final String ACTION_DELETE = "instructions.action.delete";

    /** The paragraphs in the order they are shown. */
    static final List<String> PARAGRAPH_KEYS = List.of("instructions.who", "instructions.what",
            "instructions.sdmx", "instructions.structure", "instructions.action", ACTION_DELETE,
            "instructions.locked", "instructions.numbers", "instructions.status", "instructions.status.A",
            "instructions.status.E", "instructions.status.P", "instructions.status.M", "instructions.status.empty",
            "instructions.denominated", "instructions.sourceNote", "instructions.indicators", "instructions.drop",
            "instructions.csv", "instructions.resubmission", "instructions.when", "instructions.feedback");

    // About as many characters as an A4 portrait page holds at 100 %, so that the text prints unscaled.
    private static final int WIDTH = 85;

    private final TemplateTexts texts;
    private final TemplateStyles styles;

    InstructionsSheet(TemplateTexts texts, TemplateStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    /**
     * Arguments of every text: {0} country code, {1} country name, {2} year, {3} file name, {4} indicator count,
     * {5} the edition's dataflow, {6} the CSV template's file name.
     */
    void write(XSSFSheet sheet, Country country, TemplateEdition edition, String fileName, String csvFileName,
               int indicatorCount) {
        String[] arguments = {country.code(), texts.countryName(country), Integer.toString(edition.year()), fileName,
                Integer.toString(indicatorCount), edition.dataflow().toString(), csvFileName};
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(texts.text("instructions.title", arguments));
        title.setCellStyle(styles.title());
        int rowIndex = 2;
        for (String paragraph : PARAGRAPH_KEYS) {
            String key = paragraph.equals(ACTION_DELETE)
                    ? ACTION_DELETE + (edition.revision() ? ".revision" : ".open") : paragraph;
            Row row = sheet.createRow(rowIndex++);
            Cell cell = row.createCell(0);
            String text = texts.text(key, arguments);
            cell.setCellValue(text);
            cell.setCellStyle(styles.paragraph());
            row.setHeightInPoints(TemplateStyles.wrappedHeight(text, WIDTH));
        }
        sheet.setColumnWidth(0, WIDTH * 256);
        SheetPrint.text(sheet);
        SheetLock.lock(sheet);
    }
}
