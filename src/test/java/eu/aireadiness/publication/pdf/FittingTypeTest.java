package eu.aireadiness.publication.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.aireadiness.publication.text.Branding;

/**
 * The title's size is chosen from the measured width of the text: the expected sizes come from the widths AWT measures
 * with the same TrueType file (its own reading of the advance widths, unhinted), not from the code under test.
 */
class FittingTypeTest {

    /** The A4 text block of every PDF publication: 595 pt less the margins of 50 pt on each side. */
    private static final float WIDTH = 495;
    private static final float[] SIZES = {16, 14, 12};

    static BaseFont bold;
    static Font awtBold;

    @BeforeAll
    static void fonts() throws Exception {
        bold = ReportStyle.load(Branding.load(java.nio.file.Path.of("output-templates"))).bold(16).getBaseFont();
        try (InputStream in = FittingTypeTest.class.getResourceAsStream("/liberation/LiberationSans-Bold.ttf")) {
            awtBold = Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    /** The width AWT gives the text at {@code size}, unhinted and with fractional advances. */
    private static double awtWidth(String text, float size) {
        return awtBold.deriveFont(size).getStringBounds(text, new FontRenderContext(null, false, true)).getWidth();
    }

    /** The largest size at which AWT finds the text on one line of the text block. */
    private static float expectedOnOneLine(String text) {
        for (float size : SIZES) {
            if (awtWidth(text, size) <= WIDTH) {
                return size;
            }
        }
        return SIZES[SIZES.length - 1];
    }

    @Test
    void aShortNameKeepsTheChaptersSize() {
        String name = "Deutschland (Germany)";
        assertThat(expectedOnOneLine(name)).isEqualTo(16);
        assertThat(FittingType.largest(bold, name, WIDTH, 1, SIZES)).isEqualTo(16);
    }

    @Test
    void aLongNamePicksTheLargestSmallerSizeAtWhichItStaysOnOneLine() {
        // About 32 pt wide per character at 16 pt bold over ten: 16 pt runs over the block, 14 pt does not.
        String region = "Provence-Alpes-Côte d'Azur (Provence-Alpes-Côte d'Azur Region)";
        float expected = expectedOnOneLine(region);
        assertThat(awtWidth(region, 16)).isGreaterThan(WIDTH);
        assertThat(expected).isLessThan(16);
        assertThat(FittingType.largest(bold, region, WIDTH, 1, SIZES)).isEqualTo(expected);
    }

    @Test
    void aNameTooLongForAnySizeTakesTheSmallest() {
        String name = "Région de Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest (Brussels-Capital Region)";
        assertThat(awtWidth(name, 12)).isGreaterThan(WIDTH);
        assertThat(FittingType.largest(bold, name, WIDTH, 1, SIZES)).isEqualTo(12);
    }

    @Test
    void linesAreCountedByBreakingAtSpaces() {
        // Three words, each a little under a third of the column: one line; with a column for two words, two.
        String word = "Wettbewerbsfähigkeit";
        float wordWidth = (float) awtWidth(word, 10);
        float space = (float) awtWidth(" ", 10);
        String text = word + " " + word + " " + word;
        assertThat(FittingType.lines(bold, 10, text, 3 * wordWidth + 2 * space + 1)).isEqualTo(1);
        assertThat(FittingType.lines(bold, 10, text, 2 * wordWidth + space + 1)).isEqualTo(2);
        assertThat(FittingType.lines(bold, 10, text, wordWidth + 1)).isEqualTo(3);
        // A word wider than the column is broken over as many lines as its width needs.
        assertThat(FittingType.lines(bold, 10, word, wordWidth / 2.5f)).isEqualTo(3);
    }
}
