package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationTextsTest {

    @TempDir
    Path templates;

    @Test
    void sentencesAreFilledInAndReadAsUtf8() throws IOException {
        Files.writeString(templates.resolve("en.properties"),
                "footer.illustrative=Illustrative data — not official statistics\ncoverage.accepted=Accepted {0}, version {1}.\n",
                StandardCharsets.UTF_8);
        PublicationTexts texts = PublicationTexts.load(templates, "en");
        assertThat(texts.text("footer.illustrative")).isEqualTo("Illustrative data — not official statistics");
        assertThat(texts.format("coverage.accepted", "DE.csv", "2")).isEqualTo("Accepted DE.csv, version 2.");
    }

    @Test
    void aMissingKeyNamesTheFileAndTheKey() throws IOException {
        Files.writeString(templates.resolve("de.properties"), "ranking.title=Rangliste\n", StandardCharsets.UTF_8);
        PublicationTexts texts = PublicationTexts.load(templates, "de");
        assertThatThrownBy(() -> texts.text("ranking.rank"))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining(templates.resolve("de.properties").toString())
                .hasMessageContaining("'ranking.rank'");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> PublicationTexts.load(templates, "fr"))
                .hasMessageContaining(templates.resolve("fr.properties").toString());
    }

    @Test
    void theBrandingOfTheRepositoryIsComplete() {
        Branding branding = Branding.load(PublisherPdfTest.TEMPLATES);
        assertThat(branding.titlePrefix()).isEqualTo("AIRI");
        assertThat(branding.primary()).isEqualTo(new Color(0x1F, 0x3A, 0x5F));
    }

    @Test
    void aColourMustBeHex() throws IOException {
        Files.writeString(templates.resolve("branding.properties"),
                "publisher=X\ntitle.prefix=AIRI\ncolour.primary=navy\ncolour.accent=#C77700\n");
        assertThatThrownBy(() -> Branding.load(templates))
                .hasMessageContaining("'colour.primary': expected a colour as #RRGGBB, found 'navy'");
    }
}
