package eu.aireadiness.publication.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Country;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.publication.PublisherPdfTest;

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
    void namesComeFromTheLanguageFileAndEnglishMayTakeThemFromTheCodebook() throws IOException {
        Files.writeString(templates.resolve("en.properties"), "name.EL=Greece\n", StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("de.properties"), "name.EL=Griechenland\n", StandardCharsets.UTF_8);
        PublicationTexts english = PublicationTexts.load(templates, "en");
        PublicationTexts german = PublicationTexts.load(templates, "de");
        Country greece = new Country("EL", "Greece", "Ελλάδα");
        Country france = new Country("FR", "France", "France");
        assertThat(german.countryWithOwnName(greece)).isEqualTo("Griechenland (Ελλάδα)");
        assertThat(english.countryWithOwnName(greece)).isEqualTo("Greece (Ελλάδα)");
        assertThat(english.countryWithOwnName(france)).isEqualTo("France");
        assertThatThrownBy(() -> german.countryName(france))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining(templates.resolve("de.properties").toString())
                .hasMessageContaining("'name.FR'");
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
