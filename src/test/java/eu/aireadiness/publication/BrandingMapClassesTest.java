package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.publication.text.Branding;

/** The colours of the map's classes in branding.properties. */
class BrandingMapClassesTest {

    @TempDir
    Path templates;

    @Test
    void theRepositorysBrandingGivesFiveClassesFromLightToDark() {
        Branding branding = Branding.load(PublisherPdfTest.TEMPLATES);
        assertThat(branding.mapClasses()).hasSize(5).first().isEqualTo(new Color(0x47, 0x93, 0x68));
        assertThat(branding.mapClasses().get(4)).isEqualTo(new Color(0x1A, 0x31, 0x50));
        for (int i = 1; i < 5; i++) {
            assertThat(lightness(branding.mapClasses().get(i))).as("class " + i + " is darker than the one before")
                    .isLessThan(lightness(branding.mapClasses().get(i - 1)));
        }
    }

    @Test
    void twoColoursAreTooFewForAScale() throws IOException {
        write("#FFFFCC,#1F3A5F");
        assertThatThrownBy(() -> Branding.load(templates))
                .hasMessageContaining("'colour.map.classes': expected 3 to 9 colours separated by commas")
                .hasMessageContaining("found 2");
    }

    @Test
    void everyColourMustBeHex() throws IOException {
        write("#FFFFCC, #A1DAB4, teal, #1F3A5F");
        assertThatThrownBy(() -> Branding.load(templates))
                .hasMessageContaining("'colour.map.classes': expected a colour as #RRGGBB, found 'teal'");
    }

    private void write(String classes) throws IOException {
        Files.writeString(templates.resolve("branding.properties"), "publisher=X\ntitle.prefix=AIRI\n"
                + "colour.primary=#1F3A5F\ncolour.accent=#C77700\ncolour.map.classes=" + classes + "\n");
    }

    /** Relative luminance as in WCAG, enough to order colours from light to dark. */
    private static double lightness(Color colour) {
        return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
    }
}
