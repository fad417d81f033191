package eu.aireadiness.publication.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import eu.aireadiness.publication.PublisherPdfTest;
import eu.aireadiness.publication.text.Branding;

/**
 * WCAG 2.x contrast, and every pair of colours the report draws one on the other held to WCAG AA: the colours come
 * from the shipped {@code branding.properties} and {@link ReportStyle}.
 */
class ContrastTest {

    /**
     * Expected ratios worked out by hand from the definition: luminance 0.2126 R + 0.7152 G + 0.0722 B of the
     * linearised channels, ratio (L1 + 0.05) / (L2 + 0.05). #767676: channel 118/255 = 0.4627, linear
     * ((0.4627 + 0.055) / 1.055)^2.4 = 0.1812, ratio to white 1.05 / 0.2312 = 4.54; pure red: L = 0.2126, ratio to
     * white 1.05 / 0.2626 = 4.00, to black 0.2626 / 0.05 = 5.25.
     */
    @ParameterizedTest
    @CsvSource({"#000000, #FFFFFF, 21.0", "#FFFFFF, #FFFFFF, 1.0", "#767676, #FFFFFF, 4.54",
            "#FF0000, #FFFFFF, 4.00", "#FF0000, #000000, 5.25", "#C77700, #FFFFFF, 3.46"})
    void theRatioFollowsTheWcagFormula(String first, String second, double expected) {
        assertThat(Contrast.ratio(Color.decode(first), Color.decode(second))).isCloseTo(expected, within(0.01));
        assertThat(Contrast.ratio(Color.decode(second), Color.decode(first))).isCloseTo(expected, within(0.01));
    }

    @Test
    void largeTextIsEighteenPointOrFourteenPointBold() {
        assertThat(Contrast.required(17.9f, false)).isEqualTo(4.5);
        assertThat(Contrast.required(18f, false)).isEqualTo(3.0);
        assertThat(Contrast.required(13.9f, true)).isEqualTo(4.5);
        assertThat(Contrast.required(14f, true)).isEqualTo(3.0);
    }

    @Test
    void aLightenedHighlightReachesTheRatioOnItsDarkBackground() {
        Color navy = Color.decode("#1F3A5F");
        Color orange = Color.decode("#A35A00");
        assertThat(Contrast.ratio(orange, navy)).isLessThan(4.5);
        Color lightened = Contrast.lightenedUntil(orange, navy, 4.5);
        assertThat(Contrast.ratio(lightened, navy)).isGreaterThanOrEqualTo(4.5);
        assertThat(lightened.getRed()).as("still orange: red above blue").isGreaterThan(lightened.getBlue());
    }

    @Test
    void everyColourPairOfTheShippedStyleReachesWcagAa() {
        Branding branding = Branding.load(PublisherPdfTest.TEMPLATES);
        List<ReportStyle.ColourUse> uses = ReportStyle.load(branding).colourUses();
        assertThat(uses).as("pairs listed").hasSizeGreaterThan(30);
        assertThat(uses).filteredOn(use -> Contrast.ratio(use.foreground(), use.background()) < use.required())
                .as("pairs below their WCAG AA threshold")
                .isEmpty();
        assertThat(uses).filteredOn(use -> use.required() < Contrast.LARGE_TEXT_OR_GRAPHIC)
                .as("only decoration and adjacent map classes (told apart by labels) are below 3:1")
                .allSatisfy(use -> assertThat(use.what()).containsAnyOf("(decoration)", "told apart by labels"));
    }

    /** The branding before this check: its orange accent and its lightest map class fail, and are named. */
    @Test
    void aBrandingWithThePreviousColoursIsRefused(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("branding.properties"), "publisher=X\ntitle.prefix=AIRI\n"
                + "colour.primary=#1F3A5F\ncolour.accent=#C77700\n"
                + "colour.map.classes=#FFFFCC,#A1DAB4,#41B6C4,#2C7FB8,#1F3A5F\n");
        List<ReportStyle.ColourUse> failing = ReportStyle.load(Branding.load(folder)).colourUses().stream()
                .filter(use -> Contrast.ratio(use.foreground(), use.background()) < use.required()).toList();
        assertThat(failing).extracting(ReportStyle.ColourUse::what)
                .contains("highlights, notices, data years on white", "map: class 1 on the sea",
                        "map: class 1 and the borders drawn on it");
    }

    /** The finding, kept as a check that the test can fail: the former accent and EU-average grey. */
    @Test
    void theFormerOrangeAndGreyWouldFail() {
        assertThat(Contrast.ratio(Color.decode("#C77700"), Color.WHITE)).isLessThan(Contrast.TEXT);
        assertThat(Contrast.ratio(Color.decode("#A9B0B8"), Color.WHITE)).isLessThan(Contrast.LARGE_TEXT_OR_GRAPHIC);
        assertThat(Contrast.ratio(Color.decode("#FFFFCC"), Color.decode("#F2F5F9"))).isLessThan(1.2);
    }

    @Test
    void theMapLabelsColourReadsOnEveryClass() {
        for (Color fill : Branding.load(Path.of("output-templates")).mapClasses()) {
            assertThat(Contrast.ratio(ReportStyle.labelOn(fill), fill)).isGreaterThanOrEqualTo(Contrast.TEXT);
        }
    }
}
