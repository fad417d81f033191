package eu.aireadiness.publication.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.Results;

/**
 * A country's index and pillar scores with their rank (of how many), the index's rank interval when the uncertainty
 * analysis gave one (it gives none for the pillars, which print a dash), the EU average and the change since the
 * previous edition.
 * The pillar codes are printed because the chart beside the table labels its bars with them.
 */
final class PillarTable {

    private final ReportContext report;
    private final float size;
    private final NoCurrentDataText noCurrentData;

    PillarTable(ReportContext report, float size) {
        this.report = report;
        this.size = size;
        this.noCurrentData = new NoCurrentDataText(report.edition(), report.texts());
    }

    PdfPTable table(CountryResult result) {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        // The interval column only where the uncertainty analysis gave the country's index one.
        boolean intervals = result.rankInterval().isPresent();
        PdfPTable table = new PdfPTable(intervals ? new float[] {0.55f, 2.75f, 0.85f, 1.2f, 1.2f, 1.15f, 1.15f}
                : new float[] {0.55f, 3.95f, 0.85f, 1.2f, 1.15f, 1.15f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        PdfPCell heading = style.header(texts.text("country.pillar"), size, Element.ALIGN_LEFT);
        heading.setColspan(2);
        table.addCell(heading);
        table.addCell(style.header(texts.text("country.score"), size, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.format("profiles.rank-of", Integer.toString(report.edition().ranking().size())),
                size, Element.ALIGN_RIGHT));
        if (intervals) {
            table.addCell(style.header(texts.text("profiles.rank-interval"), size, Element.ALIGN_RIGHT));
        }
        table.addCell(style.header(texts.text("country.eu-average"), size, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("profile.pillar.change"), size, Element.ALIGN_RIGHT));
        String indexCode = report.edition().codebook().indexCode();
        addRow(table, "", texts.text("country.index"), result.indexScore(), result.rank(),
                result.rankInterval().map(i -> NumberText.rankInterval(result.rankInterval())), indexCode,
                noCurrentData.changeOrFlag(result, result.indexChange(), report.numbers()), 0, true);
        int row = 1;
        for (Pillar pillar : report.edition().codebook().pillars()) {
            PillarScore score = Results.pillar(result, pillar.code());
            OptionalDouble change = score.previousScore().isPresent()
                    ? OptionalDouble.of(score.score() - score.previousScore().getAsDouble()) : OptionalDouble.empty();
            // The uncertainty analysis gives intervals for the index's ranks only.
            addRow(table, pillar.code(), texts.pillarName(pillar), score.score(), score.rank(),
                    result.rankInterval().map(i -> NumberText.ABSENT), pillar.code(),
                    noCurrentData.changeOrFlag(result, change, report.numbers()), row++, false);
        }
        return table;
    }

    /** @param change the change since the previous edition as printed, or the flag of no current data */
    private void addRow(PdfPTable table, String code, String name, double score, int rank, Optional<String> interval,
                        String averageCode, String change, int row, boolean strong) {
        ReportStyle style = report.style();
        NumberText numbers = report.numbers();
        Double average = report.edition().euAverage().get(averageCode);
        List<PdfPCell> cells = new ArrayList<>(List.of(
                style.cell(code, style.font(size, ReportStyle.MUTED), Element.ALIGN_LEFT),
                style.cell(name, strong ? style.bold(size) : style.font(size), Element.ALIGN_LEFT),
                style.cell(numbers.score(score), strong ? style.bold(size) : style.font(size), Element.ALIGN_RIGHT),
                style.cell(Integer.toString(rank), style.font(size), Element.ALIGN_RIGHT)));
        interval.ifPresent(text -> cells.add(style.cell(text, style.font(size), Element.ALIGN_RIGHT)));
        cells.add(style.cell(average == null ? NumberText.ABSENT : numbers.score(average), style.font(size),
                Element.ALIGN_RIGHT));
        cells.add(style.cell(change, style.font(size), Element.ALIGN_RIGHT));
        for (PdfPCell cell : cells) {
            ReportStyle.shade(cell, row);
            table.addCell(cell);
        }
    }
}
