package eu.aireadiness.publication.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;

/**
 * A paragraph that is a heading. Its level in the document's structure (H1 to H6) is not fixed here but taken from
 * where it is laid out: a {@link #TITLE} takes the level of the outline entry it is under (a chapter's heading is H1,
 * a country profile's H2 in the report and H1 in the profile's own file), a {@link #SUBHEADING} the level below.
 */
public final class Heading extends Paragraph {

    /** The heading of the current chapter, section or sheet. */
    public static final int TITLE = 0;
    /** A heading inside the current chapter, section or sheet. */
    public static final int SUBHEADING = 1;

    private static final long serialVersionUID = 1L;

    private final int depth;

    public Heading(int depth, String text, Font font) {
        super(text, font);
        this.depth = depth;
    }

    /** A heading made of one chunk, such as one carrying a named destination. */
    public Heading(int depth, Chunk text) {
        super(text);
        this.depth = depth;
    }

    /** How many levels this heading lies below the outline entry it is laid out under. */
    int depth() {
        return depth;
    }
}
