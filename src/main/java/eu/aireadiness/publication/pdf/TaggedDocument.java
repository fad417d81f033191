package eu.aireadiness.publication.pdf;

import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The document every PDF publication is laid out in: an OpenPDF {@link Document} whose content is tagged (PDF/UA-1,
 * ISO 14289-1) as it is laid out. Content is added as before, {@code document.add(element)}: a paragraph becomes a P,
 * a {@link Heading} an H1 to H3 by its place in the outline, a list an L of LI (Lbl, LBody), a table a Table of TR,
 * TH (scope Column) and TD, an image a Figure with its alternative text. The named methods below are for what needs
 * more than its kind to be tagged.
 */
public final class TaggedDocument extends Document {

    private static final String LOCAL_LINK = "link:";
    private static final String WEB_LINK = "uri:";

    private final TaggedPdfDocument pdf = new TaggedPdfDocument();
    private PdfWriter writer;
    private StructureTree tree;
    private ContentTag contents;
    private ContentTag link;
    private String linkDescription;

    public TaggedDocument(Rectangle pageSize, float marginLeft, float marginRight, float marginTop, float marginBottom) {
        super(pageSize, marginLeft, marginRight, marginTop, marginBottom);
    }

    /** The writer of this document into {@code out}, tagged, as PDF 1.7; call once, before {@link #open}. */
    public PdfWriter writeTo(OutputStream out) {
        pdf.setTextRenderingOptions(getTextRenderingOptions());
        addDocListener(pdf);
        PdfWriter writer = new Writer(pdf, out);
        try {
            pdf.addWriter(writer);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // The structure tree adds an object per paragraph and table cell: in object streams (which PDF/A-2 allows),
        // compressed, they weigh a fraction of what they weigh as plain objects.
        writer.setFullCompression();
        writer.setTabs(PdfName.S);
        writer.setPageEvent(new LinkAnnotations());
        writer.setTagged();
        this.writer = writer;
        return writer;
    }

    /** Opens the document; its structure tree can only be made now, once the writer has started the file. */
    @Override
    public void open() {
        super.open();
        tree = new StructureTree(writer);
        pdf.tag(tree);
    }

    /** The outline level (chapter 1, section 2) of what is laid out next: a {@link Heading}'s level follows it. */
    public void outlineLevel(int level) {
        tree.outlineLevel(level);
    }

    /** Adds an image as a figure whose alternative text says what it shows (a chart's data, a map's classes). */
    public void figure(Image image, String altText) {
        image.setAlt(altText);
        add(image);
    }

    /** Adds an element that is decoration only (a rule, an ornament): assistive technology passes over it. */
    void artifact(Element element) {
        pdf.tagNext(ContentTag.layoutArtifact());
        add(element);
    }

    /** Adds a paragraph written in another language than the document's (BCP 47 tag, e.g. "de"). */
    void addInLanguage(Element element, String language) {
        pdf.tagNext(tree.paragraph(language));
        add(element);
    }

    /**
     * Adds a line of the contents (TOC, TOCI, Link): its chunks marked by {@link #linkTo} become links with the
     * given description.
     */
    public void contentsLine(Paragraph line, String description) {
        if (contents == null) {
            contents = ContentTag.element(tree::document, PdfName.TOC);
        }
        ContentTag item = ContentTag.element(contents::element, StructureTree.TOCI);
        addLink(ContentTag.element(item::element, PdfName.LINK), line, description);
    }

    /**
     * Adds a paragraph that is a link as a whole (a Link element, e.g. a web address in the colophon): its chunks
     * marked by {@link #linkTo} or {@link #linkToWeb} become links with the given description, which says where
     * the link leads. (A link inside running text cannot be told apart from the text around it in OpenPDF's lines:
     * give it a paragraph of its own.)
     */
    void addLink(Paragraph paragraph, String description) {
        addLink(ContentTag.element(tree::document, PdfName.LINK), paragraph, description);
    }

    private void addLink(ContentTag linkTag, Paragraph paragraph, String description) {
        link = linkTag;
        linkDescription = description;
        pdf.tagNext(linkTag);
        try {
            add(paragraph);
        } finally {
            link = null;
        }
    }

    /** Marks a chunk of a {@link #contentsLine} or {@link #addLink} as a link to the named destination. */
    public static com.lowagie.text.Chunk linkTo(com.lowagie.text.Chunk chunk, String anchor) {
        return chunk.setGenericTag(LOCAL_LINK + anchor);
    }

    /** Marks a chunk of an {@link #addLink} as a link to a web address. */
    static com.lowagie.text.Chunk linkToWeb(com.lowagie.text.Chunk chunk, String uri) {
        return chunk.setGenericTag(WEB_LINK + uri);
    }

    /**
     * Lays {@code elements} out in {@code column}, on the column's canvas, each tagged by its kind; as
     * {@code column.go()} after adding them all, whose status it returns.
     */
    public int place(ColumnText column, List<Element> elements) {
        PdfContentByte canvas = column.getCanvas();
        int status = ColumnText.NO_MORE_TEXT;
        boolean first = true;
        for (Element element : elements) {
            column.addElement(element);
            // One go() per element: after the first, an element is not at the top of the column (its spacing
            // before counts), as in one go() over them all.
            column.setAdjustFirstLine(first);
            first = false;
            try {
                if (element instanceof PdfPTable table) {
                    TableTagging.attach(table, tree, tree::paragraph);
                    status = column.go();
                } else if (element instanceof Image image) {
                    PdfPTable holder = new PdfPTable(1);
                    holder.addCell(image);
                    TableTagging.attach(holder, tree, tree::paragraph);
                    status = column.go();
                } else {
                    ContentTag tag = tree.tagOf(element);
                    tag.begin(canvas);
                    status = column.go();
                    canvas.endMarkedContentSequence();
                }
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException(e);
            }
            if (ColumnText.hasMoreText(status)) {
                return status;
            }
        }
        return status;
    }

    /**
     * Turns the chunks marked by {@link #linkTo} into link annotations as they are laid out: each with its
     * description (/Contents), printed (PDF/A), and referred to from the Link element (an OBJR) it belongs to.
     */
    private final class LinkAnnotations extends PdfPageEventHelper {

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
            PdfAction action;
            if (text.startsWith(LOCAL_LINK)) {
                action = PdfAction.gotoLocalPage(text.substring(LOCAL_LINK.length()), false);
            } else if (text.startsWith(WEB_LINK)) {
                action = new PdfAction(text.substring(WEB_LINK.length()));
            } else {
                return;
            }
            if (link == null) {
                throw new IllegalStateException("a link (" + text + ") is laid out outside a link paragraph: add"
                        + " its paragraph with TaggedDocument.addLink, so that the link is tagged");
            }
            PdfAnnotation annotation = new PdfAnnotation(writer, rect.getLeft(), rect.getBottom(), rect.getRight(),
                    rect.getTop(), action);
            annotation.put(PdfName.CONTENTS, new PdfString(linkDescription, PdfObject.TEXT_UNICODE));
            annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
            PdfStructureElement element = link.element();
            annotation.put(PdfName.STRUCTPARENT,
                    new PdfNumber(writer.getStructureTreeRoot().addExistingObject(element.getReference())));
            writer.addAnnotation(annotation);
            PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
            reference.put(PdfName.OBJ, annotation.getIndirectReference());
            reference.put(PdfName.PG, writer.getCurrentPage());
            PdfObject kids = element.get(PdfName.K);
            PdfArray array;
            if (kids instanceof PdfArray existing) {
                array = existing;
            } else {
                array = new PdfArray();
                if (kids != null) {
                    array.add(kids);
                }
                element.put(PdfName.K, array);
            }
            array.add(reference);
        }
    }

    /** PdfWriter's constructor that takes the PdfDocument is protected: this is the way to give it ours. */
    private static final class Writer extends PdfWriter {
        Writer(PdfDocument document, OutputStream out) {
            super(document, out);
        }
    }
}
