package eu.aireadiness.publication.report;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.publication.text.AnnexNumbers;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.text.DenominatorText;
import eu.aireadiness.publication.text.MethodFramework;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;

/**
 * The framework of the methodology annex: each pillar with its weight in the index, then its indicators with unit,
 * direction, weight within the pillar, denominator, goalposts (when the scores are made from them) and 2030 target.
 * The targets' sources are numbered notes under the table, since they are too long for a cell.
 */
final class FrameworkTable {

    private final ReportContext report;
    private final AnnexLayout layout;
    private final AnnexNumbers numbers;
    private final MethodFramework framework;

    FrameworkTable(ReportContext report, AnnexLayout layout, AnnexNumbers numbers) {
        this.report = report;
        this.layout = layout;
        this.numbers = numbers;
        this.framework = new MethodFramework(report.edition().codebook(), report.edition().method());
    }

    void add() {
        PublicationTexts texts = report.texts();
        List<String> targetSources = new ArrayList<>();
        // One outer row per pillar, holding the pillar's own table: a pillar never starts at the foot of a page
        // without its indicators, and the column header, the outer table's header, repeats on every page.
        PdfPTable outer = new PdfPTable(1);
        outer.setWidthPercentage(100);
        outer.setHeaderRows(1);
        outer.addCell(whole(header()));
        DenominatorText denominators = new DenominatorText(texts, numbers);
        for (Pillar pillar : report.edition().codebook().pillars()) {
            PdfPTable table = table();
            table.addCell(layout.group(texts.format("annex.framework.pillar", pillar.code(), texts.pillarName(pillar),
                    numbers.plain(framework.weight(pillar)), share(framework.shareOfIndex(pillar))),
                    widths().length));
            int row = 0;
            for (Indicator indicator : report.edition().codebook().indicatorsOf(pillar.code())) {
                AnnexLayout.add(table, layout.cell(indicator.code(), Element.ALIGN_LEFT), row);
                AnnexLayout.add(table, layout.cell(texts.indicatorName(indicator), Element.ALIGN_LEFT), row);
                AnnexLayout.add(table, layout.cell(texts.unit(indicator), Element.ALIGN_LEFT), row);
                AnnexLayout.add(table, layout.cell(texts.text(indicator.direction() == Direction.POSITIVE
                        ? "annex.framework.higher" : "annex.framework.lower"), Element.ALIGN_LEFT), row);
                AnnexLayout.add(table, layout.cell(texts.format("annex.framework.weight-share",
                        numbers.plain(framework.weight(indicator)), share(framework.shareOfPillar(indicator))),
                        Element.ALIGN_RIGHT), row);
                AnnexLayout.add(table, layout.cell(denominators.of(indicator, framework.scale(indicator),
                        report.edition().method().denominate().method()), Element.ALIGN_LEFT), row);
                if (framework.usesGoalposts()) {
                    AnnexLayout.add(table, layout.cell(texts.format("annex.framework.goalposts-range",
                            numbers.plain(framework.floor(indicator)), numbers.plain(framework.target(indicator))),
                            Element.ALIGN_RIGHT), row);
                }
                AnnexLayout.add(table, layout.cell(target(indicator, targetSources), Element.ALIGN_RIGHT), row);
                row++;
            }
            outer.addCell(whole(table));
        }
        report.document().add(outer);
        for (int i = 0; i < targetSources.size(); i++) {
            Paragraph note = report.note(texts.format("annex.framework.target-note", Integer.toString(i + 1),
                    targetSources.get(i)));
            note.setSpacingBefore(i == 0 ? 4 : 0);
            report.document().add(note);
        }
    }

    private PdfPTable header() {
        PublicationTexts texts = report.texts();
        PdfPTable table = table();
        table.addCell(layout.header(texts.text("indicator.code"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("indicator.name"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("indicator.unit"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("annex.framework.direction"), Element.ALIGN_LEFT));
        table.addCell(layout.header(texts.text("annex.framework.weight"), Element.ALIGN_RIGHT));
        table.addCell(layout.header(texts.text("annex.framework.denominator"), Element.ALIGN_LEFT));
        if (framework.usesGoalposts()) {
            table.addCell(layout.header(texts.text("annex.framework.goalposts"), Element.ALIGN_RIGHT));
        }
        table.addCell(layout.header(texts.text("annex.framework.target"), Element.ALIGN_RIGHT));
        return table;
    }

    private PdfPTable table() {
        PdfPTable table = new PdfPTable(widths());
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell whole(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private float[] widths() {
        return framework.usesGoalposts() ? new float[] {0.65f, 2.35f, 1.55f, 0.85f, 0.8f, 1.25f, 1.1f, 0.7f}
                : new float[] {0.65f, 2.75f, 1.8f, 0.85f, 0.8f, 1.4f, 0.7f};
    }

    /** The 2030 target with the number of its source's note, or a dash when the indicator has none. */
    private String target(Indicator indicator, List<String> targetSources) {
        if (indicator.target2030().isEmpty()) {
            return NumberText.ABSENT;
        }
        String value = numbers.plain(indicator.target2030().getAsDouble());
        if (indicator.targetSource().isEmpty()) {
            return value;
        }
        targetSources.add(indicator.targetSource(report.texts().language()).get());
        return report.texts().format("annex.framework.target-with-note", value, Integer.toString(targetSources.size()));
    }

    private String share(double share) {
        return Double.isNaN(share) ? NumberText.ABSENT : numbers.share(share);
    }
}
