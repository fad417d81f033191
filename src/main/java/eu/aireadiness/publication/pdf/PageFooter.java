package eu.aireadiness.publication.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import eu.aireadiness.publication.text.PublicationTexts;

/** The footer of every page: the edition, the illustrative-data notice when it applies, and the page number. */
public final class PageFooter extends PdfPageEventHelper {

    private final ReportStyle style;
    private final PublicationTexts texts;
    private final String editionLabel;
    private final boolean illustrative;

    public PageFooter(ReportStyle style, PublicationTexts texts, String editionLabel, boolean illustrative) {
        this.style = style;
        this.texts = texts;
        this.editionLabel = editionLabel;
        this.illustrative = illustrative;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        // A running footer is a pagination artefact: assistive technology does not read it on every page.
        ContentTag.paginationArtifact().begin(canvas);
        float rule = document.bottom() - 18;
        float baseline = rule - 12;
        canvas.saveState();
        canvas.setColorStroke(ReportStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), rule);
        canvas.lineTo(document.right(), rule);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(editionLabel, style.font(7.5f, ReportStyle.MUTED)), document.left(), baseline, 0);
        if (illustrative) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                    new Phrase(texts.text("footer.illustrative"), style.bold(7.5f, style.accent())),
                    (document.left() + document.right()) / 2, baseline, 0);
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                new Phrase(texts.format("footer.page", Integer.toString(writer.getPageNumber())),
                        style.font(7.5f, ReportStyle.MUTED)), document.right(), baseline, 0);
        canvas.endMarkedContentSequence();
    }
}
