package eu.aireadiness.publication.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The logical structure of a PDF publication (ISO 32000-1, 14.7): a Document element holding, in reading order,
 * headings, paragraphs, lists, tables and figures. It also knows the outline level the layout is at, which gives a
 * {@link Heading} its level.
 */
final class StructureTree {

    static final PdfName TOCI = new PdfName("TOCI");

    private final PdfStructureElement document;
    private int outlineLevel = 1;

    /** The structure of what {@code writer}, open and tagged, writes. */
    StructureTree(PdfWriter writer) {
        this.document = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    PdfStructureElement document() {
        return document;
    }

    /** The level of the outline entry (chapter 1, section 2) whose content is being laid out. */
    void outlineLevel(int level) {
        this.outlineLevel = level;
    }

    /** The tag of an element with no role of its own: a heading, a paragraph, a list or a figure. */
    ContentTag tagOf(Object element) {
        if (element instanceof Heading heading) {
            return ContentTag.element(this::document, headingRole(heading));
        }
        if (element instanceof com.lowagie.text.List) {
            return ContentTag.element(this::document, PdfName.L);
        }
        if (element instanceof Image image) {
            return figure(image);
        }
        return paragraph();
    }

    ContentTag paragraph() {
        return ContentTag.element(this::document, PdfName.P);
    }

    /** A paragraph in a language other than the document's (BCP 47 tag, e.g. "de"). */
    ContentTag paragraph(String language) {
        return ContentTag.element(this::document, PdfName.P, e -> e.put(PdfName.LANG, new PdfString(language)));
    }

    /** A figure: the image's alternative text, set with {@link Image#setAlt}, is required. */
    ContentTag figure(Image image) {
        String alt = image.getAlt();
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("an image is laid out without alternative text: give it a sentence"
                    + " that says what it shows with TaggedDocument.figure(image, altText) or Image.setAlt");
        }
        return ContentTag.element(this::document, PdfName.FIGURE,
                e -> e.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE)));
    }

    private PdfName headingRole(Heading heading) {
        return new PdfName("H" + Math.min(6, outlineLevel + heading.depth()));
    }
}
