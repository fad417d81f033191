package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's texts: every key a page uses is in the English file, every English key is translated into German and
 * French, and every value is a valid sentence pattern, as the publications' texts must be.
 */
class PortalTextsTest {

    private static final Path TEMPLATES = Path.of("output-templates");

    @Test
    void everyKeyThePagesUseIsInTheEnglishFile() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{(portal\\.[A-Za-z0-9.]+)[(}]");
        Pattern prefixed = Pattern.compile("#\\{'(portal\\.[A-Za-z.]+)' \\+");
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(page);
                Matcher m = key.matcher(html);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher p = prefixed.matcher(html);
                while (p.find()) {
                    prefixes.add(p.group(1));
                }
            }
        }
        Properties english = read("en");
        assertThat(english.stringPropertyNames()).containsAll(used);
        for (String prefix : prefixes) {
            assertThat(english.stringPropertyNames()).anyMatch(k -> k.startsWith(prefix));
        }
        assertThat(used).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr"})
    void everyEnglishKeyIsTranslated(String language) throws IOException {
        Set<String> english = portalKeys(read("en"));
        assertThat(portalKeys(read(language))).isEqualTo(english);
    }

    /** Numbers in the pages are editions ({@code {0,number,#}}, "2026") or counts; strings fill the rest. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr"})
    void everyValueIsASentencePattern(String language) throws IOException {
        Properties texts = read(language);
        for (String key : portalKeys(texts)) {
            String pattern = texts.getProperty(key);
            Object[] arguments = new Object[3];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = pattern.contains("{" + i + ",number") ? (Object) 2026 : "x";
            }
            String formatted = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
            assertThat(formatted).as(language + " " + key).doesNotContain("2,026").doesNotContain("2.026")
                    .doesNotContain("{").doesNotContain("}");
            if (pattern.contains("{0,number,#}")) {
                assertThat(formatted).contains("2026");
            }
        }
    }

    @Test
    void aMissingTranslationFallsBackToEnglishAndAnOtherLanguageToEnglish() {
        PortalTexts texts = new PortalTexts(TEMPLATES.toAbsolutePath());
        assertThat(texts.pattern("portal.skip", "de")).isEqualTo("Zum Inhalt springen");
        assertThat(texts.pattern("portal.skip", "fr")).isEqualTo("Aller au contenu");
        assertThat(PortalTexts.language(Locale.forLanguageTag("es"))).isEqualTo("en");
        assertThat(texts.pattern("portal.no.such.key", "de")).isNull();
    }

    private static Set<String> portalKeys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("portal.")).forEach(keys::add);
        return keys;
    }

    private static Properties read(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(TEMPLATES.resolve(language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
