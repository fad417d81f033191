package eu.aireadiness.publication;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Fonts and colours of the PDF report. Liberation Sans (Latin, Greek, Cyrillic) comes from openpdf-fonts-extra and
 * is embedded; the chart gets AWT fonts made from the same files and a font mapper, so its text is the same font.
 */
final class ReportStyle {

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    static final Color RULE = new Color(0xBF, 0xC4, 0xCA);
    static final Color SHADE = new Color(0xF1, 0xF3, 0xF5);

    private final BaseFont regular;
    private final BaseFont bold;
    private final java.awt.Font awtRegular;
    private final java.awt.Font awtBold;
    private final Color primary;
    private final Color accent;

    private ReportStyle(BaseFont regular, BaseFont bold, java.awt.Font awtRegular, java.awt.Font awtBold,
                        Branding branding) {
        this.regular = regular;
        this.bold = bold;
        this.awtRegular = awtRegular;
        this.awtBold = awtBold;
        this.primary = branding.primary();
        this.accent = branding.accent();
    }

    static ReportStyle load(Branding branding) {
        Fonts fonts = Fonts.LIBERATION_SANS;
        return new ReportStyle(fonts.regular(), fonts.bold(), fonts.awtRegular(), fonts.awtBold(), branding);
    }

    /**
     * The embedded fonts, for OpenPDF and for JFreeChart, read once per process: every report and profile of every
     * language uses the same ones, and the fonts themselves hold no state of a document.
     */
    private record Fonts(BaseFont regular, BaseFont bold, java.awt.Font awtRegular, java.awt.Font awtBold) {

        static final Fonts LIBERATION_SANS = read();

        private static Fonts read() {
            byte[] regular = fontFile("LiberationSans-Regular.ttf");
            byte[] bold = fontFile("LiberationSans-Bold.ttf");
            try {
                return new Fonts(ReproduciblePdf.embeddedFont("LiberationSans-Regular.ttf", regular),
                        ReproduciblePdf.embeddedFont("LiberationSans-Bold.ttf", bold),
                        java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(regular)),
                        java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bold)));
            } catch (DocumentException | IOException | java.awt.FontFormatException e) {
                throw new PublicationException("the Liberation Sans fonts of openpdf-fonts-extra could not be loaded: "
                        + e.getMessage(), e);
            }
        }
    }

    private static byte[] fontFile(String name) {
        String resource = "/liberation/" + name;
        try (InputStream in = ReportStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PublicationException("font " + resource + " is not on the classpath; it comes with "
                        + "com.github.librepdf:openpdf-fonts-extra, check that dependency");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new PublicationException("font " + resource + " could not be read: " + e.getMessage(), e);
        }
    }

    Font font(float size) {
        return new Font(regular, size, Font.NORMAL, TEXT);
    }

    Font font(float size, Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    Font bold(float size) {
        return new Font(bold, size, Font.NORMAL, TEXT);
    }

    Font bold(float size, Color colour) {
        return new Font(bold, size, Font.NORMAL, colour);
    }

    Color primary() {
        return primary;
    }

    Color accent() {
        return accent;
    }

    java.awt.Font awt(float size, boolean isBold) {
        return (isBold ? awtBold : awtRegular).deriveFont(size);
    }

    /** Maps every AWT font the chart uses to the embedded Liberation Sans; bold by style or by face name. */
    FontMapper fontMapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() || font.getFontName().contains("Bold") ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return (font == bold ? awtBold : awtRegular).deriveFont((float) size);
            }
        };
    }

    PdfPCell header(String text, float size, int alignment) {
        PdfPCell cell = cell(text, bold(size, Color.WHITE), alignment);
        cell.setBackgroundColor(primary);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.4f);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(3.5f);
        cell.setPaddingLeft(3f);
        cell.setPaddingRight(3f);
        return cell;
    }

    /**
     * Lines break at spaces only, not after a hyphen: a minus sign stays with its number, a compound such as
     * "KI-Bereitschaft" stays whole.
     */
    static final SplitCharacter SPACES_ONLY =
            (start, current, end, chars, chunks) -> Character.isWhitespace(chars[current]);

    /** Tighter padding, for a table of every country that must fit on one page. */
    static PdfPCell compact(PdfPCell cell) {
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(2.5f);
        return cell;
    }

    /** Shades every other row of a table body, for reading across wide rows. */
    static void shade(PdfPCell cell, int row) {
        if (row % 2 == 1) {
            cell.setBackgroundColor(SHADE);
        }
    }

    /** Adds a cell of a table of every country: compact, and shaded on every other row. */
    static void addCompact(PdfPTable table, PdfPCell cell, int row) {
        compact(cell);
        shade(cell, row);
        table.addCell(cell);
    }
}
