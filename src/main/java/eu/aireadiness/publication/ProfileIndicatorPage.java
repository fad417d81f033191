package eu.aireadiness.publication;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The second page of a country profile: every indicator of the framework, with the legend of its columns. The
 * profile sets the table in the largest size, from {@value #LARGEST} pt down to {@value #SMALLEST} pt, at which the
 * page fits: names of indicators and units run longer in some languages than in others.
 */
final class ProfileIndicatorPage {

    static final float LARGEST = 7.5f;
    static final float SMALLEST = 6f;
    static final float STEP = 0.25f;
    private static final float LEGEND_SIZE = 6.8f;

    private final ReportContext report;
    private final CountryResult result;

    ProfileIndicatorPage(ReportContext report, CountryResult result) {
        this.report = report;
        this.result = result;
    }

    /** The page's blocks, top to bottom, with the table set in {@code size} pt. */
    List<Element> elements(float size) {
        PublicationTexts texts = report.texts();
        Paragraph heading = new Heading(Heading.SUBHEADING, texts.format("profile.indicators",
                texts.countryWithOwnName(result.country())), report.style().bold(12.5f, report.style().primary()));
        heading.setSpacingAfter(6);
        return List.of(heading, new IndicatorTable(report, size).table(result), legend());
    }

    private PdfPTable legend() {
        PublicationTexts texts = report.texts();
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(3);
        for (String text : new String[] {texts.text("country.flags-note"), texts.format("profile.indicators-note",
                Integer.toString(report.edition().ranking().size()), Integer.toString(report.edition().edition()))}) {
            Paragraph paragraph = new Paragraph(text, report.style().font(LEGEND_SIZE, ReportStyle.MUTED));
            paragraph.setLeading(LEGEND_SIZE * 1.3f);
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
