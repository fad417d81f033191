package eu.aireadiness.publication.pdf;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;

/**
 * What a stretch of page content is: the content of a structure element (a paragraph, a table cell, a figure), or
 * an artefact (a running footer, a rule, a cell's background) that assistive technology passes over (ISO 32000-1,
 * 14.8.2.2). The structure element is made when its first content is laid out, so that an element whose content
 * never reaches a page leaves no empty element behind, and elements stand in the structure in the order of the
 * content they hold.
 */
final class ContentTag {

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfDictionary PAGINATION = new PdfDictionary();
    private static final PdfDictionary LAYOUT = new PdfDictionary();

    static {
        PAGINATION.put(PdfName.TYPE, new PdfName("Pagination"));
        LAYOUT.put(PdfName.TYPE, new PdfName("Layout"));
    }

    private final Supplier<PdfStructureElement> parent;
    private final PdfName role;
    private final Consumer<PdfStructureElement> describe;
    private final PdfDictionary artifactKind;
    private PdfStructureElement element;

    private ContentTag(Supplier<PdfStructureElement> parent, PdfName role, Consumer<PdfStructureElement> describe,
                       PdfDictionary artifactKind) {
        this.parent = parent;
        this.role = role;
        this.describe = describe;
        this.artifactKind = artifactKind;
    }

    /** The content of a new element of type {@code role} under {@code parent}. */
    static ContentTag element(Supplier<PdfStructureElement> parent, PdfName role) {
        return new ContentTag(parent, role, e -> { }, null);
    }

    /** The same, with entries such as /Alt, /Lang or attributes put on the element when it is made. */
    static ContentTag element(Supplier<PdfStructureElement> parent, PdfName role,
                              Consumer<PdfStructureElement> describe) {
        return new ContentTag(parent, role, describe, null);
    }

    /** A layout artefact: a rule, a background, a border, a decoration. */
    static ContentTag layoutArtifact() {
        return new ContentTag(null, null, null, LAYOUT);
    }

    /** A pagination artefact: a running footer, a table header repeated on a continuation page. */
    static ContentTag paginationArtifact() {
        return new ContentTag(null, null, null, PAGINATION);
    }

    boolean isArtifact() {
        return artifactKind != null;
    }

    /** The structure element, made (and attached to its parent) on the first call. */
    PdfStructureElement element() {
        if (isArtifact()) {
            throw new IllegalStateException("an artefact has no structure element");
        }
        if (element == null) {
            element = new PdfStructureElement(parent.get(), role);
            describe.accept(element);
        }
        return element;
    }

    /** Opens this tag's marked-content sequence on {@code canvas}: a new marked-content identifier for an element. */
    void begin(PdfContentByte canvas) {
        if (isArtifact()) {
            canvas.beginMarkedContentSequence(ARTIFACT, artifactKind, true);
        } else {
            canvas.beginMarkedContentSequence(element());
        }
    }

    /** How many bytes of content {@code canvas} holds: where what is written next starts. */
    static int size(PdfContentByte canvas) {
        return canvas.getInternalBuffer().size();
    }

    /** Puts everything written on {@code canvas} since offset {@code from} into one marked-content sequence. */
    void wrap(PdfContentByte canvas, int from) {
        ByteBuffer buffer = canvas.getInternalBuffer();
        byte[] content = Arrays.copyOfRange(buffer.getBuffer(), from, buffer.size());
        buffer.setSize(from);
        begin(canvas);
        buffer.append(content);
        canvas.endMarkedContentSequence();
    }
}
