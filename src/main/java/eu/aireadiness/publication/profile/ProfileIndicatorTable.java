package eu.aireadiness.publication.profile;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.report.KeyFindings;
import eu.aireadiness.publication.text.FlagText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.Results;

/**
 * The table of a country's indicators, grouped by pillar: code, name, published value, the EU average of the value
 * ({@link IndicatorAverages}) and unit, score, rank among the countries with a score ("3/27"), the 2030 target and
 * the distance left to it, flag, and the data year where it is not the edition's. The rows are set tight; the
 * profile spreads the pillars over two pages.
 */
final class ProfileIndicatorTable {

    /**
     * Widths in points for the A4 text block: the numbers' columns fit their longest header word in each language at
     * the profiles' minimum size ("Punktwert", "Kennz.", "Année", "l’objectif").
     */
    private static final float[] WIDTHS = {27, 0, 40, 40, 0, 44, 29, 39, 42, 32, 31};
    private static final float NAME_SHARE = 0.62f;

    private final ReportContext report;
    private final float size;
    private final Map<String, IndicatorAverages.Average> averages;

    ProfileIndicatorTable(ReportContext report, float size) {
        this.report = report;
        this.size = size;
        this.averages = IndicatorAverages.of(report.edition());
    }

    /** The table of the given pillars' indicators. */
    PdfPTable table(CountryResult result, List<Pillar> pillars) {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        PdfPTable table = new PdfPTable(widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        addHeader(table, texts.text("indicator.code"), Element.ALIGN_LEFT);
        addHeader(table, texts.text("indicator.name"), Element.ALIGN_LEFT);
        addHeader(table, texts.text("indicator.value"), Element.ALIGN_RIGHT);
        addHeader(table, texts.text("profiles.indicator.eu-average"), Element.ALIGN_RIGHT);
        addHeader(table, texts.text("indicator.unit"), Element.ALIGN_LEFT);
        addHeader(table, texts.text("indicator.score"), Element.ALIGN_RIGHT);
        addHeader(table, texts.text("indicator.rank"), Element.ALIGN_RIGHT);
        addHeader(table, texts.text("profile.target"), Element.ALIGN_RIGHT);
        addHeader(table, texts.text("profile.distance"), Element.ALIGN_RIGHT);
        addHeader(table, texts.text("indicator.flag"), Element.ALIGN_CENTER);
        addHeader(table, texts.text("profile.data-year"), Element.ALIGN_RIGHT);
        for (Pillar pillar : pillars) {
            PdfPCell group = tight(style.cell(pillar.code() + "  " + texts.pillarName(pillar),
                    style.bold(size, style.primary()), Element.ALIGN_LEFT));
            group.setColspan(WIDTHS.length);
            group.setBackgroundColor(ReportStyle.SHADE);
            table.addCell(group);
            for (Indicator indicator : report.edition().codebook().indicatorsOf(pillar.code())) {
                addRow(table, indicator, Results.indicator(result, indicator.code()));
            }
        }
        return table;
    }

    private void addRow(PdfPTable table, Indicator indicator, IndicatorResult value) {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        NumberText numbers = report.numbers();
        OptionalDouble target = indicator.target2030();
        OptionalDouble distance = KeyFindings.hasUsableTarget(indicator) && value.value().isPresent()
                ? OptionalDouble.of(KeyFindings.gap(indicator, value.value().getAsDouble())) : OptionalDouble.empty();
        int edition = report.edition().edition();
        String dataYear = value.dataYear().isPresent() && value.dataYear().getAsInt() != edition
                ? Integer.toString(value.dataYear().getAsInt()) : "";
        PdfPCell[] cells = {
                style.cell(indicator.code(), style.font(size, ReportStyle.MUTED), Element.ALIGN_LEFT),
                style.cell(texts.indicatorName(indicator), style.font(size), Element.ALIGN_LEFT),
                style.cell(numbers.value(indicator, value.value()), style.font(size), Element.ALIGN_RIGHT),
                style.cell(numbers.value(indicator, averages.get(indicator.code()).mean()),
                        style.font(size, ReportStyle.MUTED), Element.ALIGN_RIGHT),
                style.cell(texts.unit(indicator), style.font(size, ReportStyle.MUTED), Element.ALIGN_LEFT),
                style.cell(numbers.score(value.score()), style.bold(size), Element.ALIGN_RIGHT),
                style.cell(position(indicator, value), style.font(size), Element.ALIGN_RIGHT),
                style.cell(target.isPresent() ? numbers.value(indicator, target) : "", style.font(size), Element.ALIGN_RIGHT),
                style.cell(distance(target, distance), style.font(size), Element.ALIGN_RIGHT),
                style.cell(FlagText.flag(value.origin(), texts), style.bold(size, style.accent()),
                        Element.ALIGN_CENTER),
                style.cell(dataYear, style.font(size, style.accent()), Element.ALIGN_RIGHT)};
        for (PdfPCell cell : cells) {
            table.addCell(tight(cell));
        }
    }

    /** "3/27": the rank among the countries that have a score on the indicator (a missing value has none). */
    private String position(Indicator indicator, IndicatorResult value) {
        if (value.rank().isEmpty()) {
            return NumberText.ABSENT;
        }
        long ranked = report.edition().ranking().stream()
                .filter(r -> Results.indicator(r, indicator.code()).rank().isPresent()).count();
        return value.rank().getAsInt() + "/" + ranked;
    }

    private String distance(OptionalDouble target, OptionalDouble distance) {
        if (target.isEmpty()) {
            return "";
        }
        if (distance.isEmpty()) {
            return NumberText.ABSENT;
        }
        return distance.getAsDouble() == 0 ? report.texts().text("profile.reached")
                : report.numbers().percent(distance.getAsDouble());
    }

    /** The numbers' columns as they are; what is left of the text block goes to the names and units. */
    private float[] widths() {
        float[] widths = WIDTHS.clone();
        float fixed = 0;
        for (float width : widths) {
            fixed += width;
        }
        float left = report.document().right() - report.document().left() - fixed;
        widths[1] = left * NAME_SHARE;
        widths[4] = left * (1 - NAME_SHARE);
        return widths;
    }

    private void addHeader(PdfPTable table, String text, int alignment) {
        table.addCell(tight(report.style().header(text, size, alignment)));
    }

    private PdfPCell tight(PdfPCell cell) {
        cell.setLeading(size * 1.17f, 0);
        // The leading already leaves room above the letters, so the padding sits mostly below them.
        cell.setPaddingTop(0.6f);
        cell.setPaddingBottom(2.8f);
        cell.setPaddingLeft(2.5f);
        cell.setPaddingRight(2.5f);
        return cell;
    }
}
