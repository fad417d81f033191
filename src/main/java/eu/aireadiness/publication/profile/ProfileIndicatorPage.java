package eu.aireadiness.publication.profile;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.pdf.FittingType;
import eu.aireadiness.publication.pdf.Heading;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;

/**
 * The indicator pages of a country profile: every indicator of the framework with the EU average beside the
 * country's value, on two pages split between pillars, the legend of the columns on the second. Two pages rather
 * than one so that the table is set in the profiles' minimum type size ({@value ReportStyle#MINIMUM_SIZE} pt), the
 * longest names and units of any language included.
 */
final class ProfileIndicatorPage {

    static final int PAGES = 2;
    /** The heading's size, and the sizes a long country name steps down to. */
    static final float[] HEADING_SIZES = {12.5f, 11, 10};

    private final ReportContext report;
    private final CountryResult result;

    ProfileIndicatorPage(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
    }

    /** The blocks of indicator page {@code page} (0 or 1), top to bottom. */
    List<Element> elements(int page) {
        PublicationTexts texts = report.texts();
        String country = texts.countryWithOwnName(result.country());
        String title = page == 0 ? texts.format("profile.indicators", country)
                : texts.format("profiles.indicators-continued", country);
        // One line, measured: a long name is set smaller rather than take a line from the table.
        float size = FittingType.largest(report.style().bold(HEADING_SIZES[0]).getBaseFont(), title,
                report.document().right() - report.document().left(), 1, HEADING_SIZES);
        Paragraph heading = new Heading(Heading.SUBHEADING, title, report.style().bold(size, report.style().primary()));
        heading.setSpacingAfter(6);
        List<Element> elements = new ArrayList<>(List.of(ProfileHeader.line(report), heading,
                new ProfileIndicatorTable(report, ReportStyle.MINIMUM_SIZE).table(result,
                        split(report.edition().codebook()).get(page))));
        if (page == PAGES - 1) {
            elements.add(legend());
        }
        return elements;
    }

    /**
     * The pillars in two runs, as even in rows as the codebook allows (a pillar's heading counts as a row): a
     * pillar is never split between the pages, so that its indicators are read together.
     */
    static List<List<Pillar>> split(Codebook codebook) {
        List<Pillar> pillars = codebook.pillars();
        int[] rows = pillars.stream().mapToInt(p -> 1 + codebook.indicatorsOf(p.code()).size()).toArray();
        int total = java.util.Arrays.stream(rows).sum();
        int best = 1;
        int bestGap = Integer.MAX_VALUE;
        int first = 0;
        for (int k = 1; k < pillars.size(); k++) {
            first += rows[k - 1];
            int gap = Math.abs(total - 2 * first);
            if (gap < bestGap) {
                bestGap = gap;
                best = k;
            }
        }
        if (pillars.size() < 2) {
            return List.of(pillars, List.of());
        }
        return List.of(pillars.subList(0, best), pillars.subList(best, pillars.size()));
    }

    private PdfPTable legend() {
        PublicationTexts texts = report.texts();
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(3);
        for (String text : new String[] {texts.text("country.flags-note"), texts.format("profile.indicators-note",
                Integer.toString(report.edition().ranking().size()), Integer.toString(report.edition().edition())),
                texts.format("profiles.indicator.eu-average-note", Integer.toString(report.edition().ranking().size()))}) {
            Paragraph paragraph = new Paragraph(text, report.style().font(ReportStyle.MINIMUM_SIZE,
                    ReportStyle.MUTED));
            paragraph.setLeading(ReportStyle.MINIMUM_SIZE * 1.3f);
            paragraph.setAlignment(Element.ALIGN_LEFT);
            paragraph.setSpacingBefore(2);
            cell.addElement(paragraph);
        }
        PdfPTable legend = new PdfPTable(1);
        legend.setWidthPercentage(100);
        legend.addCell(cell);
        return legend;
    }
}
