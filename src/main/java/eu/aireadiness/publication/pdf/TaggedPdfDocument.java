package eu.aireadiness.publication.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfLine;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;

/**
 * OpenPDF's layout of the document's flow, with each element's content put into the marked-content sequence of its
 * structure element; what is laid out, and where, does not change.
 *
 * <p>OpenPDF sets a paragraph's lines into the page's text layer (and a list's bullets, a line's images and
 * leaders into its graphics layer) only when it flushes its lines: at a new page, before a table, and here at the end
 * of every element. Each flush is therefore wrapped in the element's sequence, and a page break in the middle of an
 * element ends the sequence on one page and starts a new one on the next, for the same element. Tables are tagged by
 * {@link TableTagging}, images as figures.
 */
final class TaggedPdfDocument extends PdfDocument {

    private StructureTree tree;
    private ContentTag nextTag;
    private ContentTag textTag;
    private ContentTag graphicsTag;
    private boolean textOpen;
    private boolean graphicsOpen;
    private int graphicsStart;
    private int graphicsOpened;
    private boolean endingPage;
    private int depth;
    private ContentTag list;

    /** Starts tagging: from now on every element added is tagged. */
    void tag(StructureTree tree) {
        this.tree = tree;
    }

    /** The tag of the next element added, in place of the one its kind gives it. */
    void tagNext(ContentTag tag) {
        this.nextTag = tag;
    }

    @Override
    public boolean add(Element element) throws DocumentException {
        if (tree == null || !element.isContent()) {
            return super.add(element);
        }
        if (depth > 0) {
            return addWithin(element);
        }
        ContentTag tag = nextTag != null ? nextTag : tree.tagOf(element);
        nextTag = null;
        depth++;
        try {
            if (element instanceof PdfPTable table) {
                TableTagging.attach(table, tree, tree::paragraph);
                return super.add(element);
            }
            if (element instanceof Image image) {
                return addFigure(image, tag);
            }
            if (element instanceof com.lowagie.text.List) {
                list = tag;
            } else {
                textTag = tag;
                graphicsTag = holdsImage(element) ? tag : ContentTag.layoutArtifact();
            }
            boolean added = super.add(element);
            flushLines();
            return added;
        } finally {
            endSequences();
            textTag = null;
            graphicsTag = null;
            list = null;
            depth--;
        }
    }

    /** An element inside another: a list's item, or the one-cell table OpenPDF makes of a paragraph kept together. */
    private boolean addWithin(Element element) throws DocumentException {
        if (element instanceof ListItem && list != null) {
            ContentTag itemTag = ContentTag.element(list::element, PdfName.LI);
            ContentTag label = ContentTag.element(itemTag::element, PdfName.LBL);
            ContentTag body = ContentTag.element(itemTag::element, PdfName.LBODY);
            label.element();
            body.element();
            textTag = body;
            graphicsTag = label;
            try {
                boolean added = super.add(element);
                flushLines();
                return added;
            } finally {
                endSequences();
                textTag = null;
                graphicsTag = null;
            }
        }
        if (element instanceof PdfPTable table && textTag != null) {
            ContentTag kept = textTag;
            TableTagging.attach(table, tree, () -> kept);
        }
        return super.add(element);
    }

    private boolean addFigure(Image image, ContentTag tag) throws DocumentException {
        PdfContentByte before = graphics;
        int from = ContentTag.size(graphics);
        boolean added = super.add((Element) image);
        if (graphics != before) {
            from = 0;
        }
        if (ContentTag.size(graphics) > from) {
            tag.wrap(graphics, from);
        }
        return added;
    }

    private static boolean holdsImage(Element element) {
        for (Object chunk : element.getChunks()) {
            if (chunk instanceof Chunk c && c.getImage() != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean newPage() {
        endingPage = true;
        try {
            return super.newPage();
        } finally {
            endingPage = false;
        }
    }

    @Override
    protected float flushLines() throws DocumentException {
        try {
            if (textTag == null || !hasText()) {
                return super.flushLines();
            }
            if (!textOpen) {
                textTag.begin(text);
                textOpen = true;
            }
            if (!graphicsOpen && (graphicsTag.isArtifact() || needsGraphics())) {
                graphicsStart = ContentTag.size(graphics);
                graphicsTag.begin(graphics);
                graphicsOpened = ContentTag.size(graphics);
                graphicsOpen = true;
            }
            return super.flushLines();
        } finally {
            if (endingPage) {
                endSequences();
            }
        }
    }

    /** Whether the lines about to be flushed hold anything but empty lines (spacing). */
    private boolean hasText() {
        if (line != null && line.size() > 0) {
            return true;
        }
        if (lines != null) {
            for (PdfLine pending : lines) {
                if (pending.size() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A list item's label or an image in a line is drawn in the graphics layer: a sequence only if it is drawn. */
    private boolean needsGraphics() {
        if (graphicsTag == textTag) {
            return true;
        }
        if (lines != null) {
            for (PdfLine pending : lines) {
                if (pending.listSymbol() != null) {
                    return true;
                }
            }
        }
        return line != null && line.listSymbol() != null;
    }

    private void endSequences() {
        if (textOpen) {
            text.endMarkedContentSequence();
            textOpen = false;
        }
        if (graphicsOpen) {
            boolean empty = ContentTag.size(graphics) == graphicsOpened;
            graphics.endMarkedContentSequence();
            graphicsOpen = false;
            if (empty && graphicsTag.isArtifact()) {
                // Nothing was drawn: an artefact's empty sequence is taken back (it has no identifier to undo).
                graphics.getInternalBuffer().setSize(graphicsStart);
            }
        }
    }
}
