package eu.aireadiness.publication.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.text.CountryOrder;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.Results;
import eu.aireadiness.results.ValueOrigin;

/**
 * The values the method did not take as reported, for the methodology annex: per indicator, how many were carried
 * forward, are missing or were changed by outlier treatment; then, country by country, which ones.
 */
final class AdjustedValuesSection {

    /** The indicator counts are laid out side by side in this many blocks, so that 30 indicators take 15 rows. */
    private static final int BLOCKS = 2;

    private final ReportContext report;
    private final AnnexLayout layout;
    private final List<CountryResult> countries;
    private final List<Indicator> indicators;

    AdjustedValuesSection(ReportContext report, AnnexLayout layout) {
        this.report = report;
        this.layout = layout;
        this.countries = CountryOrder.sorted(report.edition().ranking(), report.texts());
        this.indicators = report.edition().codebook().indicators();
    }

    void add() {
        PublicationTexts texts = report.texts();
        PdfPTable counts = countTable();
        counts.setTotalWidth(report.document().right() - report.document().left());
        // Heading, summary and counts go on one page: a new one when the counts would not fit below the heading.
        layout.keepRoom(counts.getTotalHeight() + 70);
        report.document().add(report.subheading(texts.text("annex.cells.title")));
        report.document().add(report.body(texts.format("annex.cells.summary",
                report.numbers().count((long) countries.size() * indicators.size()), Integer.toString(countries.size()),
                Integer.toString(indicators.size()), Integer.toString(count(null, AdjustedValuesSection::carried)),
                Integer.toString(count(null, AdjustedValuesSection::missing)),
                Integer.toString(count(null, IndicatorResult::isTreated)))));
        report.document().add(counts);
        list("annex.cells.carried.title", AdjustedValuesSection::carried, IndicatorResult::code, true);
        list("annex.cells.missing.title", AdjustedValuesSection::missing, IndicatorResult::code, true);
        NumberText numbers = report.numbers();
        list("annex.cells.treated.title", IndicatorResult::isTreated, r -> texts.format("annex.cells.treated-cell",
                r.code(), numbers.value(report.edition().codebook(), r.code(), r.value()),
                numbers.value(report.edition().codebook(), r.code(), r.treated())), false);
    }

    private PdfPTable countTable() {
        PublicationTexts texts = report.texts();
        float[] block = {1f, 1.3f, 1.3f, 1.3f};
        float[] widths = new float[BLOCKS * block.length];
        for (int b = 0; b < BLOCKS; b++) {
            System.arraycopy(block, 0, widths, b * block.length, block.length);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        for (int b = 0; b < BLOCKS; b++) {
            table.addCell(layout.header(texts.text("indicator.code"), Element.ALIGN_LEFT));
            table.addCell(layout.header(texts.text("annex.cells.carried"), Element.ALIGN_RIGHT));
            table.addCell(layout.header(texts.text("annex.cells.missing"), Element.ALIGN_RIGHT));
            table.addCell(layout.header(texts.text("annex.cells.treated"), Element.ALIGN_RIGHT));
        }
        int rows = (indicators.size() + BLOCKS - 1) / BLOCKS;
        for (int row = 0; row < rows; row++) {
            for (int b = 0; b < BLOCKS; b++) {
                int i = b * rows + row;
                if (i >= indicators.size()) {
                    for (int c = 0; c < block.length; c++) {
                        AnnexLayout.add(table, layout.cell("", Element.ALIGN_LEFT), row);
                    }
                    continue;
                }
                String code = indicators.get(i).code();
                AnnexLayout.add(table, layout.cell(code, Element.ALIGN_LEFT), row);
                AnnexLayout.add(table, layout.cell(Integer.toString(count(code, AdjustedValuesSection::carried)),
                        Element.ALIGN_RIGHT), row);
                AnnexLayout.add(table, layout.cell(Integer.toString(count(code, AdjustedValuesSection::missing)),
                        Element.ALIGN_RIGHT), row);
                AnnexLayout.add(table, layout.cell(Integer.toString(count(code, IndicatorResult::isTreated)),
                        Element.ALIGN_RIGHT), row);
            }
        }
        return table;
    }

    /**
     * One line per country with such values: the country, then its values; when {@code summarise}, a country with
     * every indicator of the kind (no submission used) gets "all 30 indicators" instead of the 30 codes.
     */
    private void list(String titleKey, Predicate<IndicatorResult> which, Function<IndicatorResult, String> text,
                      boolean summarise) {
        PublicationTexts texts = report.texts();
        layout.keepRoom(50);
        report.document().add(report.subheading(texts.text(titleKey)));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 7.8f});
        table.setWidthPercentage(100);
        int row = 0;
        for (CountryResult country : countries) {
            List<IndicatorResult> cells = new ArrayList<>();
            for (Indicator indicator : indicators) {
                IndicatorResult result = Results.indicator(country, indicator.code());
                if (which.test(result)) {
                    cells.add(result);
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            String listed = summarise && cells.size() == indicators.size()
                    ? texts.format("annex.cells.all", Integer.toString(indicators.size()))
                    : String.join(", ", cells.stream().map(text).toList());
            AnnexLayout.add(table, layout.cell(texts.countryWithOwnName(country.country()), Element.ALIGN_LEFT), row);
            AnnexLayout.add(table, layout.cell(listed, Element.ALIGN_LEFT), row);
            row++;
        }
        if (row == 0) {
            report.document().add(report.body(texts.text("annex.cells.none")));
        } else {
            report.document().add(table);
        }
    }

    /** How many values of the indicator (or of all indicators, for {@code null}) are of the kind. */
    private int count(String code, Predicate<IndicatorResult> which) {
        int count = 0;
        for (CountryResult country : countries) {
            for (Indicator indicator : indicators) {
                if ((code == null || code.equals(indicator.code()))
                        && which.test(Results.indicator(country, indicator.code()))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean carried(IndicatorResult result) {
        return result.origin() == ValueOrigin.CARRIED_FORWARD;
    }

    private static boolean missing(IndicatorResult result) {
        return result.origin() == ValueOrigin.MISSING;
    }
}
