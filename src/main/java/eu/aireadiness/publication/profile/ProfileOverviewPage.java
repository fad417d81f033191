package eu.aireadiness.publication.profile;

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
import eu.aireadiness.publication.pdf.FittingType;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.CoverageText;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.Results;
import eu.aireadiness.results.SubmissionStatus;
import eu.aireadiness.results.ValueOrigin;

/**
 * The first two pages of a country profile: on the first, the country's place (rank with its interval, score,
 * change, every level's rank, the trend over the editions, the context figures); on the second, the pillars against
 * the EU average, strengths and weaknesses, and how the country's data came in.
 */
final class ProfileOverviewPage {

    private static final float SIZE = 8f;
    private static final float CHART_HEIGHT = 200;
    private static final float TREND_PANEL_HEIGHT = 92;
    private static final float GAP = 10;
    /** The title's size, 16 pt as every chapter's, and the sizes a long name steps down to. */
    static final float[] TITLE_SIZES = {16, 14, 12};

    private final ReportContext report;
    private final CountryResult result;

    ProfileOverviewPage(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
    }

    /**
     * The first page: what the country's place is and how it got there. Rank, score and change; the data-status flag
     * when the country has no current data; the rank of every level with its interval; the trend over the editions
     * on file with the caveat on comparing them; and the country's context figures.
     */
    List<Element> firstPage() {
        PublicationTexts texts = report.texts();
        List<Element> page = new ArrayList<>();
        page.add(ProfileHeader.line(report));
        String country = texts.countryWithOwnName(result.country());
        page.add(report.heading(country, titleSize(report, country)));
        page.add(new ProfileKeyFigures(report, result).table());
        NoCurrentDataText noCurrentData = new NoCurrentDataText(report.edition(), texts);
        report.edition().noCurrentData(result.country().code()).ifPresent(reason -> page.add(flag(texts.format(
                "profiles.status.flag", noCurrentData.reason(reason), report.previousEditionLabel()))));
        result.rankInterval().ifPresent(interval -> page.add(report.note(
                texts.format("profile.interval-note", report.numbers().count(interval.replications())))));

        page.add(report.subheading(texts.text("profiles.levels")));
        PdfPTable pillars = new PillarTable(report, SIZE).table(result);
        pillars.setSpacingBefore(2);
        page.add(pillars);

        page.add(report.subheading(texts.text("profiles.trend")));
        TrendChart trend = new TrendChart(report, result);
        page.add(fullWidth(trend.draw(contentWidth(), TREND_PANEL_HEIGHT), trend.altText()));
        report.edition().previousEdition().ifPresent(previous -> page.add(report.note(texts.format(
                "profiles.trend.note", Integer.toString(previous), Integer.toString(report.edition().edition())))));
        page.add(report.note(texts.text("profiles.caveat")));

        List<ContextFigures.Figure> context = ContextFigures.of(report.edition().reference(),
                result.country().code(), report.edition().edition(), texts);
        if (!context.isEmpty()) {
            page.add(report.subheading(texts.text("profiles.context")));
            page.add(contextTable(context));
        }
        return page;
    }

    /**
     * The second page: the pillars against the EU average, the strengths and weaknesses, and how the country's data
     * came in.
     */
    List<Element> secondPage() {
        PublicationTexts texts = report.texts();
        List<Element> page = new ArrayList<>();
        page.add(ProfileHeader.line(report));
        page.add(report.subheading(texts.format("profiles.pillars-chart", texts.countryName(result.country()))));
        PillarChart chart = new PillarChart(report);
        page.add(fullWidth(chart.draw(result, contentWidth(), CHART_HEIGHT), chart.altText(result)));

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

    /**
     * The size of the profile's title, the country's name (and its own name): the largest of
     * {@link #TITLE_SIZES} at which it stays on one line, measured, so that a long name (a region's, a name in two
     * languages) leaves the page's room to its figures.
     */
    static float titleSize(ReportContext report, String country) {
        return FittingType.largest(report.style().bold(TITLE_SIZES[0]).getBaseFont(), country, contentWidth(report),
                1, TITLE_SIZES);
    }

    /** The data-status flag: a bar in the accent colour, in bold, so that it is seen before the figures are read. */
    private PdfPTable flag(String text) {
        ReportStyle style = report.style();
        PdfPCell cell = new PdfPCell(new Paragraph(text, style.bold(SIZE + 1, style.accent())));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBorderColorLeft(style.accent());
        cell.setPadding(4);
        cell.setPaddingLeft(8);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.addCell(cell);
        return table;
    }

    private PdfPTable contextTable(List<ContextFigures.Figure> figures) {
        ReportStyle style = report.style();
        PublicationTexts texts = report.texts();
        PdfPTable table = new PdfPTable(new float[] {1.4f, 1.4f, 3.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.addCell(style.header(texts.text("profiles.context.figure"), SIZE, Element.ALIGN_LEFT));
        table.addCell(style.header(texts.text("profiles.context.amount"), SIZE, Element.ALIGN_RIGHT));
        table.addCell(style.header(texts.text("profiles.context.source"), SIZE, Element.ALIGN_LEFT));
        int row = 0;
        for (ContextFigures.Figure figure : figures) {
            PdfPCell[] cells = {style.cell(figure.label(), style.font(SIZE), Element.ALIGN_LEFT),
                    style.cell(figure.amount(), style.bold(SIZE), Element.ALIGN_RIGHT),
                    style.cell(figure.source(), style.font(SIZE, ReportStyle.MUTED), Element.ALIGN_LEFT)};
            for (PdfPCell cell : cells) {
                ReportStyle.shade(cell, row);
                table.addCell(cell);
            }
            row++;
        }
        return table;
    }

    /** A chart across the page; its alternative text says what it shows (the Figure's /Alt in the tagged PDF). */
    private static PdfPTable fullWidth(com.lowagie.text.Image image, String altText) {
        image.setAlt(altText);
        PdfPCell chart = new PdfPCell(image, false);
        chart.setBorder(Rectangle.NO_BORDER);
        chart.setPadding(0);
        PdfPTable row = new PdfPTable(1);
        row.setWidthPercentage(100);
        row.addCell(chart);
        return row;
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
        return contentWidth(report);
    }

    private static float contentWidth(ReportContext report) {
        return report.document().right() - report.document().left();
    }
}
