package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The annexes' texts exist in every language of the templates, in the form the publications need. */
class AnnexTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr"})
    void everyLanguageHasTheAnnexKeysOfTheEnglishFile(String language) throws IOException {
        assertThat(annexKeys(load(language))).isEqualTo(annexKeys(load("en")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr"})
    void noAnnexTextHasASingleStraightApostrophe(String language) throws IOException {
        Properties texts = load(language);
        for (String key : annexKeys(texts)) {
            assertThat(texts.getProperty(key)).as(language + " " + key).doesNotContain("'");
        }
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeColonsSemicolonsAndPercentSigns() throws IOException {
        Properties french = load("fr");
        for (String key : annexKeys(french)) {
            assertThat(french.getProperty(key)).as(key).doesNotContain(" :", " ;", " %");
        }
    }

    private static Set<String> annexKeys(Properties texts) {
        Set<String> keys = new TreeSet<>();
        texts.stringPropertyNames().stream().filter(k -> k.startsWith("annex.")).forEach(keys::add);
        return keys;
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PublisherPdfTest.TEMPLATES.resolve(language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
