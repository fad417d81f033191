package eu.aireadiness.templates;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;

/**
 * A locked reference sheet that explains every indicator of the codebook, one row each. It lives beside the Data
 * sheet rather than in extra columns of it, because the reader warns about every column it does not know and a
 * filled template should validate without a warning.
 */
final class IndicatorsSheet {

    static final List<String> HEADER_KEYS = List.of("indicators.header.code", "indicators.header.name",
            "indicators.header.pillar", "indicators.header.submissionUnit", "indicators.header.publishedUnit",
            "indicators.header.denominator", "indicators.header.plausible", "indicators.header.definition");

    // Narrow enough (185 characters) that the sheet prints one landscape page wide at about 60 %, its rows wrapped.
    private static final int[] COLUMN_WIDTHS = {8, 30, 20, 12, 20, 28, 22, 45};

    private final TemplateTexts texts;
    private final TemplateStyles styles;

    IndicatorsSheet(TemplateTexts texts, TemplateStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(XSSFSheet sheet, Codebook codebook) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADER_KEYS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(texts.text(HEADER_KEYS.get(c)));
            cell.setCellStyle(styles.header());
        }
        int rowIndex = 1;
        for (Indicator indicator : codebook.indicators()) {
            String pillar = codebook.pillar(indicator.pillar()).map(p -> p.code() + " " + texts.pillarName(p))
                    .orElse(indicator.pillar());
            String denominator = indicator.denominator()
                    .map(series -> texts.text("indicators.denominator.divided", series,
                            ValueRule.number(indicator.scale())))
                    .orElseGet(() -> texts.text("indicators.denominator.none"));
            String plausible = texts.text("indicators.plausible.range",
                    ValueRule.number(indicator.plausible().low()), ValueRule.number(indicator.plausible().high()),
                    texts.unit(indicator));
            List<String> cells = List.of(indicator.code(), texts.indicatorName(indicator), pillar,
                    indicator.submissionUnit(), texts.unit(indicator), denominator, plausible,
                    indicator.definition(texts.language()));
            Row row = sheet.createRow(rowIndex++);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(cells.get(c));
                cell.setCellStyle(styles.paragraph());
            }
            float height = 15f;
            for (int c = 0; c < cells.size(); c++) {
                height = Math.max(height, TemplateStyles.wrappedHeight(cells.get(c), COLUMN_WIDTHS[c]));
            }
            row.setHeightInPoints(height);
        }
        for (int column = 0; column < COLUMN_WIDTHS.length; column++) {
            sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
        }
        sheet.createFreezePane(1, 1);
        SheetPrint.table(sheet);
        SheetLock.lock(sheet);
    }
}
