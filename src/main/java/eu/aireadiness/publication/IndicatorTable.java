package eu.aireadiness.publication;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Indicator;

/** The table of a country's indicators: code, name, published value and unit, score, rank and flag. */
final class IndicatorTable {

    private final ReportContext report;
    private final float size;

    IndicatorTable(ReportContext report, float size) {
        this.report = report;
        this.size = size;
    }

    PdfPTable table(CountryResult result) {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        NumberText numbers = report.numbers();
        PdfPTable table = new PdfPTable(new float[] {0.65f, 4.6f, 0.9f, 2.3f, 0.7f, 0.55f, 0.45f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(style.header(texts.text("indicator.code"), size, Element.ALIGN_LEFT));
        table.addCell(style.header(texts.text("indicator.name"), size, Element.ALIGN_LEFT));
        table.addCell(style.header(texts.text("indicator.value"), size, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("indicator.unit"), size, Element.ALIGN_LEFT));
        table.addCell(style.header(texts.text("indicator.score"), size, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("indicator.rank"), size, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("indicator.flag"), size, Element.ALIGN_CENTER));
        int row = 0;
        for (Indicator indicator : report.edition().codebook().indicators()) {
            IndicatorResult value = Results.indicator(result, indicator.code());
            PdfPCell[] cells = {
                    style.cell(indicator.code(), style.font(size), Element.ALIGN_LEFT),
                    style.cell(texts.indicatorName(indicator), style.font(size), Element.ALIGN_LEFT),
                    style.cell(numbers.value(value.value()), style.font(size), Element.ALIGN_RIGHT),
                    style.cell(texts.unit(indicator), style.font(size, ReportStyle.MUTED), Element.ALIGN_LEFT),
                    style.cell(numbers.score(value.score()), style.font(size), Element.ALIGN_RIGHT),
                    style.cell(NumberText.rank(value.rank()), style.font(size), Element.ALIGN_RIGHT),
                    style.cell(FlagText.flag(value.origin(), texts), style.bold(size, style.primary()),
                            Element.ALIGN_CENTER)};
            for (PdfPCell cell : cells) {
                ReportStyle.shade(cell, row);
                table.addCell(cell);
            }
            row++;
        }
        return table;
    }
}
