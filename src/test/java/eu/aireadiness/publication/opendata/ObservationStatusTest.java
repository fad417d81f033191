package eu.aireadiness.publication.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.aireadiness.publication.text.PublicationLanguages;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.ValueOrigin;

/**
 * The open data's flags and the letters the PDFs and workbooks print are the same in every language, Eurostat's
 * where Eurostat has the meaning, and none of them is one Eurostat reserves for something else.
 */
class ObservationStatusTest {

    private static final Path TEMPLATES = Path.of("output-templates");
    /** Eurostat's flags of 2025 besides the confidentiality statuses C, N and P of CONF_STATUS. */
    private static final Set<String> EUROSTAT = Set.of("b", "d", "e", "f", "i", "m", "n", "p", "u");

    @Test
    void eurostatsLettersWhereTheMeaningIsEurostatsAndAnotherForValuesHeldOver() {
        assertThat(ObservationStatus.codeOf(ValueOrigin.REPORTED)).isEmpty();
        assertThat(ObservationStatus.codeOf(ValueOrigin.ESTIMATED)).isEqualTo("e");
        assertThat(ObservationStatus.codeOf(ValueOrigin.PROVISIONAL)).isEqualTo("p");
        assertThat(ObservationStatus.codeOf(ValueOrigin.MISSING)).isEqualTo("m");
        String heldOver = ObservationStatus.codeOf(ValueOrigin.CARRIED_FORWARD);
        assertThat(heldOver).isNotIn(EUROSTAT).isNotIn("c", "C");
    }

    @Test
    void everyLanguagePrintsTheOpenDataFlagInCapitals() {
        List<String> languages = PublicationLanguages.in(TEMPLATES);
        assertThat(languages).contains("en", "de", "fr");
        for (String language : languages) {
            PublicationTexts texts = PublicationTexts.load(TEMPLATES, language);
            for (ValueOrigin origin : ValueOrigin.values()) {
                if (origin != ValueOrigin.REPORTED) {
                    assertThat(texts.text("flag." + origin.name())).as(language + " " + origin)
                            .isEqualTo(ObservationStatus.codeOf(origin).toUpperCase(Locale.ROOT));
                }
            }
            String heldOver = texts.text("flag.CARRIED_FORWARD");
            for (String key : List.of("country.flags-note", "annex.data.flags", "pillars.flags")) {
                assertThat(texts.text(key)).as(language + " " + key).contains(" " + heldOver + " ")
                        .doesNotContain(" C ");
            }
        }
    }
}
