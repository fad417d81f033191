package eu.aireadiness.publication.profile;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import eu.aireadiness.publication.pdf.ReportContext;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.text.PublicationTexts;

/**
 * The line at the top of every page of a country profile: the index's full name, the edition, the publisher and
 * what the page is, so that a page printed or forwarded on its own still says where it comes from.
 */
final class ProfileHeader {

    private ProfileHeader() {
    }

    static Paragraph line(ReportContext report) {
        PublicationTexts texts = report.texts();
        Paragraph line = new Paragraph(texts.format("profiles.header", texts.indexName(report.edition().codebook()),
                Integer.toString(report.edition().edition()), report.branding().publisher()),
                report.style().font(ReportStyle.MINIMUM_SIZE, ReportStyle.MUTED));
        line.setLeading(ReportStyle.MINIMUM_SIZE * 1.3f);
        line.setAlignment(Element.ALIGN_LEFT);
        line.setSpacingAfter(6);
        return line;
    }
}
