package eu.aireadiness.publication;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Pillar;

/**
 * A country's page: rank and index score, pillar scores against the EU average with a chart, and its indicators. The
 * page and its heading (the country's name) are started by the report's outline, as a section of the profiles.
 */
final class CountryPage {

    private static final float SIZE = 7.5f;
    private static final float CHART_WIDTH = 250;
    private static final float CHART_HEIGHT = 165;

    private final ReportContext report;
    private final CountryResult result;

    CountryPage(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
    }

    void add() {
        PublicationTexts texts = report.texts();
        NumberText numbers = report.numbers();
        Paragraph summary = new Paragraph(texts.format("country.summary", Integer.toString(result.rank()),
                Integer.toString(report.edition().ranking().size()), numbers.score(result.indexScore()),
                numbers.change(result.indexChange()), report.previousEditionLabel()), report.style().bold(10));
        summary.setSpacingAfter(8);
        report.document().add(summary);
        report.edition().submissions().stream()
                .filter(s -> s.country().equals(result.country().code()))
                .filter(s -> s.state() != SubmissionStatus.State.ACCEPTED)
                .findFirst()
                .ifPresent(s -> {
                    Paragraph coverage = new Paragraph(CoverageText.brief(s, texts, report.previousEditionLabel()),
                            report.style().bold(8.5f, report.style().accent()));
                    coverage.setSpacingAfter(8);
                    report.document().add(coverage);
                });

        PdfPTable sideBySide = new PdfPTable(new float[] {report.document().right() - report.document().left()
                - CHART_WIDTH - 8, CHART_WIDTH + 8});
        sideBySide.setWidthPercentage(100);
        PdfPTable pillars = pillarTable();
        pillars.setExtendLastRow(false);
        PdfPCell left = new PdfPCell();
        left.addElement(pillars);
        left.setVerticalAlignment(Element.ALIGN_TOP);
        left.setBorder(Rectangle.NO_BORDER);
        left.setPadding(0);
        sideBySide.addCell(left);
        PdfPCell right = new PdfPCell(new PillarChart(report).draw(result, CHART_WIDTH, CHART_HEIGHT), false);
        right.setBorder(Rectangle.NO_BORDER);
        right.setPadding(0);
        right.setPaddingLeft(8);
        sideBySide.addCell(right);
        report.document().add(sideBySide);

        report.document().add(report.subheading(texts.text("country.indicators")));
        report.document().add(new IndicatorTable(report, SIZE).table(result));
        report.document().add(report.note(texts.text("country.flags-note")));
    }

    private PdfPTable pillarTable() {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        PdfPTable table = new PdfPTable(new float[] {4.2f, 1.1f, 1.3f, 0.9f});
        table.setWidthPercentage(100);
        table.addCell(style.header(texts.text("country.pillar"), SIZE, Element.ALIGN_LEFT));
        table.addCell(style.header(texts.text("country.score"), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("country.eu-average"), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("country.rank"), SIZE, Element.ALIGN_RIGHT));
        String indexCode = report.edition().codebook().indexCode();
        addRow(table, texts.text("country.index"), result.indexScore(), indexCode, result.rank(), 0, true);
        int row = 1;
        for (Pillar pillar : report.edition().codebook().pillars()) {
            PillarScore score = Results.pillar(result, pillar.code());
            addRow(table, texts.pillarName(pillar), score.score(), pillar.code(), score.rank(), row++, false);
        }
        return table;
    }

    private void addRow(PdfPTable table, String name, double score, String code, int rank, int row, boolean strong) {
        ReportStyle style = report.style();
        NumberText numbers = report.numbers();
        Double average = report.edition().euAverage().get(code);
        PdfPCell[] cells = {
                style.cell(name, strong ? style.bold(SIZE) : style.font(SIZE), Element.ALIGN_LEFT),
                style.cell(numbers.score(score), strong ? style.bold(SIZE) : style.font(SIZE), Element.ALIGN_RIGHT),
                style.cell(average == null ? NumberText.ABSENT : numbers.score(average), style.font(SIZE),
                        Element.ALIGN_RIGHT),
                style.cell(Integer.toString(rank), style.font(SIZE), Element.ALIGN_RIGHT)};
        for (PdfPCell cell : cells) {
            ReportStyle.shade(cell, row);
            table.addCell(cell);
        }
    }
}
