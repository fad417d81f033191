package eu.aireadiness.publication.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.text.Branding;

/**
 * Fonts and colours of the PDF report. Liberation Sans (Latin, Greek, Cyrillic) comes from openpdf-fonts-extra and
 * is embedded; the chart gets AWT fonts made from the same files and a font mapper, so its text is the same font.
 * Every colour of the report is here or in {@link Branding}, and {@link #colourUses()} lists every pair of them that
 * is drawn one on the other, with the WCAG AA contrast it must reach (a test holds every pair to it).
 */
public final class ReportStyle {

    /** The smallest type of any running text, table, note, footer or label: 7.5 pt, legible in print and on screen. */
    public static final float MINIMUM_SIZE = 7.5f;

    public static final Color PAPER = Color.WHITE;
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    /** Secondary text (notes, units, footers): 6.0:1 on white, 5.4:1 on {@link #SHADE}. */
    public static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    /** Table borders, leader dots and gridlines: decoration that carries no meaning of its own (see colourUses). */
    public static final Color RULE = new Color(0xBF, 0xC4, 0xCA);
    public static final Color SHADE = new Color(0xF1, 0xF3, 0xF5);
    /** The EU average's bars, beside the country's bars in the primary colour: 3:1 against white and against them. */
    public static final Color EU_AVERAGE = new Color(0x85, 0x8B, 0x93);
    public static final Color NOTICE_TEXT = new Color(0x5A, 0x3A, 0x00);
    public static final Color NOTICE_BACKGROUND = new Color(0xFF, 0xF7, 0xE0);

    /** The map's sea: the page itself, so that every score class stands out from it as from the page. */
    public static final Color MAP_SEA = PAPER;
    /** Land outside the index: light, so that the lightest score class stands 3:1 apart from it. */
    public static final Color MAP_NEIGHBOUR = new Color(0xEF, 0xF1, 0xF3);
    /** The coastline and borders of land outside the index, and the outline of the legend's swatches. */
    public static final Color MAP_OUTLINE = new Color(0x85, 0x8B, 0x93);
    /** The borders between countries of the index: white, 3:1 or more against every score class. */
    public static final Color MAP_BORDER = Color.WHITE;

    private final BaseFont regular;
    private final BaseFont bold;
    private final java.awt.Font awtRegular;
    private final java.awt.Font awtBold;
    private final Color primary;
    private final Color accent;
    private final List<Color> mapClasses;

    private ReportStyle(BaseFont regular, BaseFont bold, java.awt.Font awtRegular, java.awt.Font awtBold,
                        Branding branding) {
        this.regular = regular;
        this.bold = bold;
        this.awtRegular = awtRegular;
        this.awtBold = awtBold;
        this.primary = branding.primary();
        this.accent = branding.accent();
        this.mapClasses = branding.mapClasses();
    }

    public static ReportStyle load(Branding branding) {
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

    public Font font(float size) {
        return new Font(regular, size, Font.NORMAL, TEXT);
    }

    public Font font(float size, Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    public Font bold(float size) {
        return new Font(bold, size, Font.NORMAL, TEXT);
    }

    public Font bold(float size, Color colour) {
        return new Font(bold, size, Font.NORMAL, colour);
    }

    public Color primary() {
        return primary;
    }

    public Color accent() {
        return accent;
    }

    /** The accent lightened until it reads as text on the primary colour (the cover's band). */
    public Color accentOnPrimary() {
        return Contrast.lightenedUntil(accent, primary, Contrast.TEXT);
    }

    /** The colour of a country's code printed on the fill of its score class. */
    public static Color labelOn(Color fill) {
        return Contrast.blackOrWhiteOn(fill);
    }

    /**
     * Two colours drawn one on the other, and the contrast they must reach: {@link Contrast#TEXT} for text,
     * {@link Contrast#LARGE_TEXT_OR_GRAPHIC} for large text and graphics a reader must tell apart, 1 for decoration.
     */
    record ColourUse(String what, Color foreground, Color background, double required) {
    }

    /**
     * Every pair of colours the report draws one on, or next to, the other. A new use of a colour is added here, so
     * that the contrast test holds it to WCAG AA.
     */
    List<ColourUse> colourUses() {
        List<ColourUse> uses = new ArrayList<>();
        for (Color background : List.of(PAPER, SHADE)) {
            String on = background.equals(PAPER) ? " on white" : " on shaded rows";
            uses.add(new ColourUse("text" + on, TEXT, background, Contrast.TEXT));
            uses.add(new ColourUse("notes, units, footers" + on, MUTED, background, Contrast.TEXT));
            uses.add(new ColourUse("headings, flags, group rows" + on, primary, background, Contrast.TEXT));
            uses.add(new ColourUse("highlights, notices, data years" + on, accent, background, Contrast.TEXT));
            uses.add(new ColourUse("table borders" + on + " (decoration)", RULE, background, 1));
        }
        uses.add(new ColourUse("table headers, the cover's title: white on primary", PAPER, primary, Contrast.TEXT));
        uses.add(new ColourUse("the cover's edition on the primary band", accentOnPrimary(), primary, Contrast.TEXT));
        uses.add(new ColourUse("the cover's notice", NOTICE_TEXT, NOTICE_BACKGROUND, Contrast.TEXT));
        uses.add(new ColourUse("the text of the cover's notice", TEXT, NOTICE_BACKGROUND, Contrast.TEXT));
        uses.add(new ColourUse("the notice's frame on its background", accent, NOTICE_BACKGROUND,
                Contrast.LARGE_TEXT_OR_GRAPHIC));
        uses.add(new ColourUse("the notice's frame on the page", accent, PAPER, Contrast.LARGE_TEXT_OR_GRAPHIC));
        uses.add(new ColourUse("the country's bars", primary, PAPER, Contrast.LARGE_TEXT_OR_GRAPHIC));
        uses.add(new ColourUse("the EU average's bars", EU_AVERAGE, PAPER, Contrast.LARGE_TEXT_OR_GRAPHIC));
        uses.add(new ColourUse("the EU average's bars beside the country's", EU_AVERAGE, primary,
                Contrast.LARGE_TEXT_OR_GRAPHIC));
        uses.add(new ColourUse("chart gridlines (decoration)", RULE, PAPER, 1));
        uses.addAll(mapColourUses());
        return uses;
    }

    /**
     * The map: every score class against the sea, the land outside the index, the borders and its label; the land
     * outside the index outlined against the sea. Adjacent classes differ by hue and lightness but cannot all reach
     * 3:1 (five classes between white and navy would need 3^5 = 243:1); a reader tells them apart by the country codes
     * printed on the map and the legend, which lists the countries of each class, so they must only differ visibly.
     */
    private List<ColourUse> mapColourUses() {
        List<ColourUse> uses = new ArrayList<>();
        uses.add(new ColourUse("map: land outside the index, outlined, on the sea", MAP_OUTLINE, MAP_SEA,
                Contrast.LARGE_TEXT_OR_GRAPHIC));
        uses.add(new ColourUse("map: the legend's text", TEXT, PAPER, Contrast.TEXT));
        uses.add(new ColourUse("map: a small country's label, on its white plate", TEXT, PAPER, Contrast.TEXT));
        uses.add(new ColourUse("map: a small country's circle, outlined, on the sea", TEXT, MAP_SEA,
                Contrast.LARGE_TEXT_OR_GRAPHIC));
        uses.add(new ColourUse("map: a leader line on its white casing", TEXT, PAPER, Contrast.LARGE_TEXT_OR_GRAPHIC));
        for (int level = 0; level < mapClasses.size(); level++) {
            Color fill = mapClasses.get(level);
            String name = "map: class " + (level + 1);
            uses.add(new ColourUse(name + " on the sea", fill, MAP_SEA, Contrast.LARGE_TEXT_OR_GRAPHIC));
            uses.add(new ColourUse(name + " beside land outside the index", fill, MAP_NEIGHBOUR,
                    Contrast.LARGE_TEXT_OR_GRAPHIC));
            uses.add(new ColourUse(name + " and the borders drawn on it", MAP_BORDER, fill,
                    Contrast.LARGE_TEXT_OR_GRAPHIC));
            uses.add(new ColourUse(name + " and the country codes printed on it", labelOn(fill), fill,
                    Contrast.TEXT));
            if (level > 0) {
                uses.add(new ColourUse(name + " beside class " + level + " (told apart by labels too)", fill,
                        mapClasses.get(level - 1), ADJACENT_CLASSES));
            }
        }
        return uses;
    }

    /**
     * How far apart two adjacent score classes of the map must be, given that labels tell them apart as well: a
     * step a reader with normal or low vision still sees between two neighbouring fills.
     */
    static final double ADJACENT_CLASSES = 1.3;

    public java.awt.Font awt(float size, boolean isBold) {
        return (isBold ? awtBold : awtRegular).deriveFont(size);
    }

    /** Maps every AWT font the chart uses to the embedded Liberation Sans; bold by style or by face name. */
    public FontMapper fontMapper() {
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

    public PdfPCell header(String text, float size, int alignment) {
        PdfPCell cell = cell(text, bold(size, Color.WHITE), alignment);
        cell.setBackgroundColor(primary);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    public PdfPCell cell(String text, Font font, int alignment) {
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
    public static final SplitCharacter SPACES_ONLY =
            (start, current, end, chars, chunks) -> Character.isWhitespace(chars[current]);

    /** Tighter padding, for a table of every country that must fit on one page. */
    static PdfPCell compact(PdfPCell cell) {
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(2.5f);
        return cell;
    }

    /** Shades every other row of a table body, for reading across wide rows. */
    public static void shade(PdfPCell cell, int row) {
        if (row % 2 == 1) {
            cell.setBackgroundColor(SHADE);
        }
    }

    /** Adds a cell of a table of every country: compact, and shaded on every other row. */
    public static void addCompact(PdfPTable table, PdfPCell cell, int row) {
        compact(cell);
        shade(cell, row);
        table.addCell(cell);
    }
}
