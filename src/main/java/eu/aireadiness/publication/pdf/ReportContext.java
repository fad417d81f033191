package eu.aireadiness.publication.pdf;

import java.util.Optional;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.CoverageText;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/** What every part of the PDF report needs: the edition, its texts, style and number formats, and the open document. */
public record ReportContext(PublishedEdition edition, PublicationTexts texts, Branding branding, ReportStyle style,
                     NumberText numbers, TaggedDocument document, PdfWriter writer) {

    public boolean illustrative() {
        return "illustrative".equals(edition.info().dataStatus());
    }

    public String previousEditionLabel() {
        return CoverageText.previousEdition(edition, texts);
    }

    public Optional<CountryResult> result(String countryCode) {
        return edition.ranking().stream().filter(r -> r.country().code().equals(countryCode)).findFirst();
    }

    /** The heading of the current chapter, section or profile (see {@link Heading} for its level). */
    public Paragraph heading(String text) {
        return heading(text, 16);
    }

    /** The same, in {@code size} pt: a heading that must stay on one line is set smaller when it is long. */
    public Paragraph heading(String text, float size) {
        Paragraph heading = new Heading(Heading.TITLE, text, style.bold(size, style.primary()));
        heading.setSpacingAfter(8);
        return heading;
    }

    /** A heading inside the current chapter, section or profile, one level below its heading. */
    public Paragraph subheading(String text) {
        Paragraph heading = new Heading(Heading.SUBHEADING, text, style.bold(11.5f, style.primary()));
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    public Paragraph body(String text) {
        Paragraph paragraph = new Paragraph(text, style.font(9.5f));
        paragraph.setLeading(13);
        paragraph.setSpacingAfter(5);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    public Paragraph note(String text) {
        Paragraph paragraph = new Paragraph(text, style.font(7.5f, ReportStyle.MUTED));
        paragraph.setLeading(10);
        paragraph.setSpacingBefore(3);
        return paragraph;
    }
}
