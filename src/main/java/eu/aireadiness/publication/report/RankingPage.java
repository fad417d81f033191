package eu.aireadiness.publication.report;

import static eu.aireadiness.publication.pdf.ReportStyle.addCompact;

import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.publication.text.UncertaintyText;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.Results;

/**
 * The ranking table, made to fit on one landscape page: rank, country, index score, the rank's interval under the
 * uncertainty analysis, the pillar scores and the change; below it, what the rank interval means.
 */
final class RankingPage {

    private static final float SIZE = 8f;

    private final ReportContext report;

    RankingPage(ReportContext report) {
        this.report = report;
    }

    void add() {
        PublicationTexts texts = report.texts();
        List<Pillar> pillars = report.edition().codebook().pillars();
        report.document().add(report.body(texts.format("ranking.intro", report.previousEditionLabel())));
        report.document().add(table(pillars));
        report.document().add(report.note(texts.text("ranking.pillars") + " " + pillars.stream()
                .map(p -> p.code() + " " + texts.pillarName(p)).collect(Collectors.joining(" \u00B7 "))));
        report.document().add(report.note(new UncertaintyText(texts, report.numbers())
                .rankIntervalNote(report.edition().uncertainty(), hasIntervals())));
        String legend = new NoCurrentDataText(report.edition(), texts).legend(report.previousEditionLabel());
        if (!legend.isEmpty()) {
            report.document().add(report.note(legend));
        }
    }

    private boolean hasIntervals() {
        return report.edition().ranking().stream().anyMatch(r -> r.rankInterval().isPresent());
    }

    private PdfPTable table(List<Pillar> pillars) {
        ReportStyle style = report.style();
        NumberText numbers = report.numbers();
        float[] widths = new float[pillars.size() + 5];
        widths[0] = 0.6f;
        widths[1] = 3.4f;
        widths[2] = 1.0f;
        widths[3] = 1.0f;
        for (int i = 0; i < pillars.size(); i++) {
            widths[4 + i] = 0.8f;
        }
        widths[widths.length - 1] = 1.5f;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(style.header(report.texts().text("ranking.rank"), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(report.texts().text("ranking.country"), SIZE, Element.ALIGN_LEFT));
        table.addCell(style.header(report.texts().text("ranking.index"), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(report.texts().text("ranking.interval"), SIZE, Element.ALIGN_CENTER));
        pillars.forEach(p -> table.addCell(style.header(p.code(), SIZE, Element.ALIGN_RIGHT)));
        table.addCell(style.header(report.texts().format("ranking.change", report.previousEditionLabel()), SIZE,
                Element.ALIGN_RIGHT));
        NoCurrentDataText noCurrentData = new NoCurrentDataText(report.edition(), report.texts());
        int row = 0;
        for (CountryResult result : report.edition().ranking()) {
            addCompact(table, style.cell(Integer.toString(result.rank()), style.font(SIZE), Element.ALIGN_RIGHT),
                    row);
            addCompact(table, style.cell(noCurrentData.name(result, report.texts().countryWithOwnName(result.country())),
                    style.font(SIZE), Element.ALIGN_LEFT), row);
            addCompact(table, style.cell(numbers.score(result.indexScore()), style.bold(SIZE), Element.ALIGN_RIGHT),
                    row);
            addCompact(table, style.cell(NumberText.rankInterval(result.rankInterval()), style.font(SIZE),
                    Element.ALIGN_CENTER), row);
            for (Pillar pillar : pillars) {
                String text = numbers.score(Results.pillar(result, pillar.code()).score());
                addCompact(table, style.cell(text, style.font(SIZE), Element.ALIGN_RIGHT), row);
            }
            addCompact(table, style.cell(noCurrentData.change(result, result.indexChange(), numbers),
                    style.font(SIZE), Element.ALIGN_RIGHT), row);
            row++;
        }
        return table;
    }
}
