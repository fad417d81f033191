package eu.aireadiness.publication.report;

import static eu.aireadiness.publication.pdf.ReportStyle.addCompact;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.FlagText;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.Results;

/**
 * A pillar's table, made to fit on one landscape page: the countries in the pillar's rank order with the
 * pillar score, its change since the previous edition and the scores of the pillar's indicators, with the flag of
 * each value that was not reported as a normal value in a narrow column next to it; the indicators' names and the
 * flags are explained below.
 */
final class PillarTablePage {

    private static final float SIZE = 8f;
    private static final float FLAG_SIZE = ReportStyle.MINIMUM_SIZE;

    private final ReportContext report;
    private final Pillar pillar;

    PillarTablePage(ReportContext report, Pillar pillar) {
        this.report = report;
        this.pillar = pillar;
    }

    /** The section's heading, which the report's outline prints: the pillar's name and code. */
    static String heading(PublicationTexts texts, Pillar pillar) {
        return texts.format("pillars.heading", texts.pillarName(pillar), pillar.code());
    }

    void add() {
        PublicationTexts texts = report.texts();
        List<Indicator> indicators = report.edition().codebook().indicatorsOf(pillar.code());
        report.document().add(report.body(texts.format("pillars.intro", report.previousEditionLabel())));
        report.document().add(table(indicators));
        report.document().add(report.note(texts.text("pillars.indicators") + " " + indicators.stream()
                .map(i -> i.code() + " " + texts.indicatorName(i)).collect(Collectors.joining(" \u00B7 "))));
        report.document().add(report.note(texts.text("pillars.flags")));
        String legend = new NoCurrentDataText(report.edition(), texts).legend(report.previousEditionLabel());
        if (!legend.isEmpty()) {
            report.document().add(report.note(legend));
        }
    }

    /** The countries in the pillar's rank order; countries sharing a rank in the order of their codes. */
    private List<CountryResult> inPillarOrder() {
        return report.edition().ranking().stream()
                .sorted(Comparator.comparingInt((CountryResult r) -> Results.pillar(r, pillar.code()).rank())
                        .thenComparing(r -> r.country().code()))
                .toList();
    }

    private PdfPTable table(List<Indicator> indicators) {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        NumberText numbers = report.numbers();
        // Each indicator has a score column and a narrow flag column, so that flagged scores stay aligned.
        float[] widths = new float[4 + 2 * indicators.size()];
        widths[0] = 0.6f;
        widths[1] = 3.4f;
        widths[2] = 1.0f;
        widths[3] = 1.5f;
        for (int i = 0; i < indicators.size(); i++) {
            widths[4 + 2 * i] = 0.75f;
            widths[5 + 2 * i] = 0.25f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(style.header(texts.text("pillars.rank"), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("pillars.country"), SIZE, Element.ALIGN_LEFT));
        table.addCell(style.header(texts.text("pillars.score"), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.format("pillars.change", report.previousEditionLabel()), SIZE,
                Element.ALIGN_RIGHT));
        for (Indicator indicator : indicators) {
            PdfPCell header = style.header(indicator.code(), SIZE, Element.ALIGN_CENTER);
            header.setColspan(2);
            table.addCell(header);
        }
        NoCurrentDataText noCurrentData = new NoCurrentDataText(report.edition(), texts);
        int row = 0;
        for (CountryResult result : inPillarOrder()) {
            PillarScore score = Results.pillar(result, pillar.code());
            OptionalDouble change = score.previousScore().isPresent()
                    ? OptionalDouble.of(score.score() - score.previousScore().getAsDouble())
                    : OptionalDouble.empty();
            addCompact(table, style.cell(Integer.toString(score.rank()), style.font(SIZE), Element.ALIGN_RIGHT), row);
            addCompact(table, style.cell(noCurrentData.name(result, texts.countryWithOwnName(result.country())),
                    style.font(SIZE), Element.ALIGN_LEFT), row);
            addCompact(table, style.cell(numbers.score(score.score()), style.bold(SIZE), Element.ALIGN_RIGHT), row);
            addCompact(table, style.cell(noCurrentData.change(result, change, numbers), style.font(SIZE),
                    Element.ALIGN_RIGHT), row);
            for (Indicator indicator : indicators) {
                IndicatorResult value = Results.indicator(result, indicator.code());
                PdfPCell scoreCell = style.cell(numbers.score(value.score()), style.font(SIZE), Element.ALIGN_RIGHT);
                scoreCell.setBorderWidthRight(0);
                scoreCell.setPaddingRight(1);
                addCompact(table, scoreCell, row);
                PdfPCell flag = style.cell(FlagText.flag(value.origin(), texts),
                        style.bold(FLAG_SIZE, style.primary()), Element.ALIGN_LEFT);
                flag.setBorderWidthLeft(0);
                flag.setPaddingLeft(1);
                addCompact(table, flag, row);
            }
            row++;
        }
        return table;
    }
}
