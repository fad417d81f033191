package eu.aireadiness.publication;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Indicator;

/**
 * The first page of a country profile: rank with its interval, index score and change; the pillar table and the chart
 * of the pillars against the EU average; strengths and weaknesses; and how the country's data came in.
 */
final class ProfileOverviewPage {

    private static final float SIZE = 8f;
    private static final float CHART_HEIGHT = 180;
    private static final float GAP = 10;

    private final ReportContext report;
    private final CountryResult result;

    ProfileOverviewPage(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
    }

    /** The page's blocks, top to bottom. */
    List<Element> elements() {
        PublicationTexts texts = report.texts();
        List<Element> page = new ArrayList<>();
        page.add(report.heading(texts.countryWithOwnName(result.country())));
        page.add(new ProfileKeyFigures(report, result).table());
        result.rankInterval().ifPresent(interval -> page.add(report.note(
                texts.format("profile.interval-note", Integer.toString(interval.replications())))));

        page.add(report.subheading(texts.text("profile.pillars")));
        PdfPTable pillars = new PillarTable(report, SIZE).table(result);
        pillars.setSpacingBefore(2);
        pillars.setSpacingAfter(6);
        page.add(pillars);
        Image chartImage = new PillarChart(report).draw(result, contentWidth(), CHART_HEIGHT);
        chartImage.setAlt(FigureTexts.pillarChart(report, result));
        PdfPCell chart = new PdfPCell(chartImage, false);
        chart.setBorder(Rectangle.NO_BORDER);
        chart.setPadding(0);
        PdfPTable chartRow = new PdfPTable(1);
        chartRow.setWidthPercentage(100);
        chartRow.addCell(chart);
        page.add(chartRow);

        StrengthsAndWeaknesses highlights = StrengthsAndWeaknesses.of(scores(), StrengthsAndWeaknesses.COUNT);
        page.add(report.subheading(texts.text("profile.highlights")));
        page.add(sideBySide(highlightTable(texts.text("profile.strengths"), highlights.strengths()),
                highlightTable(texts.text("profile.weaknesses"), highlights.weaknesses())));
        page.add(report.note(texts.format("profile.highlights-note", Integer.toString(highlights.scored()),
                report.numbers().score(highlights.mean()))));

        page.add(report.subheading(texts.text("profile.coverage")));
        report.edition().submissions().stream()
                .filter(s -> s.country().equals(result.country().code()))
                .findFirst()
                .ifPresent(status -> {
                    boolean accepted = status.state() == SubmissionStatus.State.ACCEPTED;
                    Paragraph coverage = new Paragraph(CoverageText.sentence(status, texts,
                            report.previousEditionLabel()), accepted ? report.style().font(8.5f)
                            : report.style().bold(8.5f, report.style().accent()));
                    coverage.setLeading(11.5f);
                    page.add(coverage);
                });
        page.add(report.note(origins()));
        return page;
    }

    /** How many of the country's values are reported, estimated, provisional, carried forward and missing. */
    private String origins() {
        Map<ValueOrigin, Integer> counts = new EnumMap<>(ValueOrigin.class);
        for (ValueOrigin origin : ValueOrigin.values()) {
            counts.put(origin, 0);
        }
        for (Indicator indicator : report.edition().codebook().indicators()) {
            counts.merge(Results.indicator(result, indicator.code()).origin(), 1, Integer::sum);
        }
        return report.texts().format("profile.origins", Stream.of(ValueOrigin.REPORTED, ValueOrigin.ESTIMATED,
                ValueOrigin.PROVISIONAL, ValueOrigin.CARRIED_FORWARD, ValueOrigin.MISSING)
                .map(origin -> Integer.toString(counts.get(origin))).toArray());
    }

    private Map<String, OptionalDouble> scores() {
        Map<String, OptionalDouble> scores = new LinkedHashMap<>();
        for (Indicator indicator : report.edition().codebook().indicators()) {
            scores.put(indicator.code(), Results.indicator(result, indicator.code()).score());
        }
        return scores;
    }

    private PdfPTable highlightTable(String title, List<StrengthsAndWeaknesses.Highlight> highlights) {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        float[] widths = {31, 0, 46, 46};
        widths[1] = (contentWidth() - GAP) / 2 - widths[0] - widths[2] - widths[3];
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        PdfPCell heading = style.header(title, SIZE, Element.ALIGN_LEFT);
        heading.setColspan(2);
        table.addCell(heading);
        table.addCell(style.header(texts.text("indicator.score"), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("profile.difference"), SIZE, Element.ALIGN_RIGHT));
        if (highlights.isEmpty()) {
            PdfPCell none = style.cell(texts.text("profile.highlights.none"), style.font(SIZE, ReportStyle.MUTED),
                    Element.ALIGN_LEFT);
            none.setColspan(4);
            table.addCell(none);
        }
        int row = 0;
        for (StrengthsAndWeaknesses.Highlight highlight : highlights) {
            Indicator indicator = report.edition().codebook().indicator(highlight.code()).orElseThrow();
            PdfPCell[] cells = {
                    style.cell(indicator.code(), style.font(SIZE, ReportStyle.MUTED), Element.ALIGN_LEFT),
                    style.cell(texts.indicatorName(indicator), style.font(SIZE), Element.ALIGN_LEFT),
                    style.cell(report.numbers().score(highlight.score()), style.bold(SIZE), Element.ALIGN_RIGHT),
                    style.cell(report.numbers().change(OptionalDouble.of(highlight.difference())), style.font(SIZE),
                            Element.ALIGN_RIGHT)};
            for (PdfPCell cell : cells) {
                ReportStyle.shade(cell, row);
                table.addCell(cell);
            }
            row++;
        }
        return table;
    }

    /** Two tables side by side, each at the top of its half of the page. */
    private PdfPTable sideBySide(PdfPTable left, PdfPTable right) {
        float half = (contentWidth() - GAP) / 2;
        PdfPTable both = new PdfPTable(new float[] {half, half + GAP});
        both.setWidthPercentage(100);
        both.setSpacingBefore(2);
        both.addCell(column(left, 0));
        both.addCell(column(right, GAP));
        return both;
    }

    private static PdfPCell column(PdfPTable table, float paddingLeft) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(table);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingLeft(paddingLeft);
        return cell;
    }

    private float contentWidth() {
        return report.document().right() - report.document().left();
    }
}
