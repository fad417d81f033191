package eu.aireadiness.publication.report;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.CountryOrder;
import eu.aireadiness.publication.text.FlagText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.Results;
import eu.aireadiness.results.ValueOrigin;
import eu.aireadiness.results.ValueSource;

/**
 * The data annex: every value of the edition on one line, country by country in country-code order and in codebook
 * order within a country, with its unit, data year, flag, the source the officer named, and the submission file,
 * version and row it was read from (the previous edition's submission for a carried-forward value). On landscape
 * pages, so that a line never wraps; the header row repeats on every page and every line carries its country code.
 */
final class DataAnnex {

    private static final float SIZE = ReportStyle.MINIMUM_SIZE;
    private static final float[] WIDTHS = {0.6f, 0.5f, 0.85f, 2.6f, 0.75f, 0.6f, 3.35f, 2.3f, 0.6f, 0.5f};
    /** Room for the two header rows and a few lines: a country never starts with fewer at the foot of a page. */
    private static final float MIN_ROOM = 70;

    private final ReportContext report;
    private final AnnexLayout layout;

    DataAnnex(ReportContext report) {
        this.report = report;
        this.layout = new AnnexLayout(report, SIZE);
    }

    void add() {
        PublicationTexts texts = report.texts();
        report.document().add(report.body(texts.format("annex.data.intro", report.previousEditionLabel())));
        report.document().add(report.note(texts.text("annex.data.flags")));
        List<CountryResult> countries = CountryOrder.sorted(report.edition().ranking(), texts);
        for (CountryResult country : countries) {
            layout.keepRoom(MIN_ROOM);
            report.document().add(table(country));
        }
    }

    /**
     * One table per country whose two header rows, the country's name and the column names, repeat on every page
     * the country runs onto: a page never shows values without saying whose they are.
     */
    private PdfPTable table(CountryResult country) {
        PublicationTexts texts = report.texts();
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        table.setSpacingBefore(7);
        table.addCell(layout.group(texts.format("annex.data.country-group", country.country().code(),
                texts.countryWithOwnName(country.country())), WIDTHS.length));
        table.addCell(layout.header(texts.text("annex.data.country"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("indicator.code"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("indicator.value"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("indicator.unit"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("annex.data.year"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("indicator.flag"), Element.ALIGN_CENTER));
        table.addCell(layout.header(texts.text("annex.data.source"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("annex.data.file"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("annex.data.version"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.data.row"), Element.ALIGN_RIGHT));
        int row = 0;
        for (Indicator indicator : report.edition().codebook().indicators()) {
            addLine(table, country, indicator, row++);
        }
        return table;
    }

    private void addLine(PdfPTable table, CountryResult country, Indicator indicator, int row) {
        PublicationTexts texts = report.texts();
        IndicatorResult value = Results.indicator(country, indicator.code());
        AnnexLayout.add(table, layout.cell(country.country().code(), Element.ALIGN_LEFT), row);
        AnnexLayout.add(table, layout.cell(indicator.code(), Element.ALIGN_LEFT), row);
        AnnexLayout.add(table, layout.cell(report.numbers().value(indicator, value.value()), Element.ALIGN_RIGHT), row);
        AnnexLayout.add(table, layout.cell(texts.unit(indicator), report.style().font(SIZE, ReportStyle.MUTED),
                Element.ALIGN_LEFT), row);
        AnnexLayout.add(table, layout.cell(value.dataYear().isPresent()
                ? Integer.toString(value.dataYear().getAsInt()) : NumberText.ABSENT, Element.ALIGN_RIGHT), row);
        AnnexLayout.add(table, layout.cell(FlagText.flag(value.origin(), texts),
                report.style().bold(SIZE, report.style().primary()), Element.ALIGN_CENTER), row);
        if (value.source().isEmpty()) {
            PdfPCell none = layout.cell(texts.text(value.origin() == ValueOrigin.MISSING ? "annex.data.missing"
                    : "annex.data.unrecorded"), report.style().font(SIZE, ReportStyle.MUTED), Element.ALIGN_LEFT);
            none.setColspan(4);
            AnnexLayout.add(table, none, row);
            return;
        }
        ValueSource source = value.source().get();
        AnnexLayout.add(table, layout.cell(source.source().isBlank() ? NumberText.ABSENT : source.source(),
                Element.ALIGN_LEFT), row);
        AnnexLayout.add(table, layout.cell(source.fileName(), Element.ALIGN_LEFT), row);
        AnnexLayout.add(table, layout.cell(Integer.toString(source.submissionVersion()), Element.ALIGN_RIGHT), row);
        AnnexLayout.add(table, layout.cell(Long.toString(source.row()), Element.ALIGN_RIGHT), row);
    }
}
