package eu.aireadiness.publication.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.pdf.ReportStyle;
import eu.aireadiness.publication.pdf.TaggedDocument;

/**
 * The lines of the contents page: a chapter (level 1, bold) or a section (level 2, indented), a dotted leader and
 * the page number, the whole line a link to the heading. The page number is a fixed-width template, filled in with
 * {@link #fill} once the chapter has been laid out.
 */
final class ContentsLines {

    /** A line to add to the document, and the template its page number goes into. */
    record Line(Paragraph paragraph, PdfTemplate pageNumber) {
    }

    private static final float CHAPTER_SIZE = 10.5f;
    private static final float SECTION_SIZE = 9f;
    private static final float SECTION_INDENT = 14;

    private final ReportStyle style;
    private final PdfContentByte canvas;
    private final String widestNumber;
    private final float width;

    /**
     * @param widestNumber the widest page number a line has room for
     * @param width        the width of the lines, from the left to the right margin
     */
    ContentsLines(ReportStyle style, PdfContentByte canvas, String widestNumber, float width) {
        this.style = style;
        this.canvas = canvas;
        this.widestNumber = widestNumber;
        this.width = width;
    }

    Line line(String title, int level, String anchor) {
        boolean chapter = level == 1;
        Font font = chapter ? style.bold(CHAPTER_SIZE) : style.font(SECTION_SIZE);
        BaseFont base = font.getBaseFont();
        float ascent = base.getFontDescriptor(BaseFont.ASCENT, font.getSize());
        float descent = -base.getFontDescriptor(BaseFont.DESCENT, font.getSize());
        float numberWidth = base.getWidthPoint(widestNumber, font.getSize());
        PdfTemplate number = canvas.createTemplate(numberWidth, ascent + descent);
        DottedLineSeparator dots = new DottedLineSeparator();
        dots.setGap(3);
        dots.setLineColor(ReportStyle.RULE);
        float indent = chapter ? 0 : SECTION_INDENT;
        float space = base.getWidthPoint(" ", font.getSize());
        // Every chunk gets the report's font: a chunk without one falls back to OpenPDF's default font, which is
        // embedded again under a random subset tag (or is a non-embedded Helvetica).
        Paragraph line = new Paragraph();
        line.setFont(font);
        line.add(TaggedDocument.linkTo(new Chunk(title, font), anchor));
        line.add(new Chunk(" ", font));
        // Dots up to a tab stop that leaves room for a space and the number, so that numbers end at the margin.
        Chunk leader = new Chunk(dots, width - indent - numberWidth - space);
        leader.setFont(font);
        line.add(leader);
        line.add(new Chunk(" ", font));
        Chunk pageNumber = new Chunk(image(number), 0, -descent, false);
        pageNumber.setFont(font);
        line.add(TaggedDocument.linkTo(pageNumber, anchor));
        line.setLeading(chapter ? 14 : 12);
        line.setSpacingBefore(chapter ? 7 : 0);
        line.setIndentationLeft(indent);
        return new Line(line, number);
    }

    /** Writes the page number into a line's template, right-aligned on the line's baseline. */
    static void fill(PdfTemplate number, ReportStyle style, int level, int page) {
        Font font = level == 1 ? style.bold(CHAPTER_SIZE) : style.font(SECTION_SIZE);
        float descent = -font.getBaseFont().getFontDescriptor(BaseFont.DESCENT, font.getSize());
        number.beginText();
        number.setFontAndSize(font.getBaseFont(), font.getSize());
        number.setColorFill(ReportStyle.TEXT);
        number.showTextAligned(Element.ALIGN_RIGHT, Integer.toString(page), number.getWidth(), descent, 0);
        number.endText();
    }

    private static Image image(PdfTemplate template) {
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new PublicationException("the page number of a contents line could not be made: " + e.getMessage(), e);
        }
    }
}
