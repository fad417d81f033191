package eu.aireadiness.portal.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.support.AbstractMessageSource;

/**
 * The portal's words, read from the same files as the publications' ({@code <templates>/<language>.properties},
 * keys {@code portal.*}), the same way: UTF-8 properties whose values are {@link MessageFormat} patterns. A file is
 * read again when it changes, so that the texts are edited without a restart, as the publications' are. A language
 * the portal does not offer, or a key a translation lacks, falls back to English.
 */
final class PortalTexts extends AbstractMessageSource {

    /** The languages of the portal, English first: its fallback. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr");

    private record Loaded(FileTime modified, Properties properties) {
    }

    private final Path templates;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

    PortalTexts(Path templates) {
        this.templates = templates;
        setAlwaysUseMessageFormat(true);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String pattern = pattern(code, language(locale));
        return pattern == null ? null : new MessageFormat(pattern, locale);
    }

    /** The pattern of {@code code} in the language, else in English, else null (Spring then says the key is missing). */
    String pattern(String code, String language) {
        String pattern = properties(language).getProperty(code);
        if (pattern == null || pattern.isBlank()) {
            pattern = properties(LANGUAGES.get(0)).getProperty(code);
        }
        return pattern == null || pattern.isBlank() ? null : pattern.strip();
    }

    static String language(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
    }

    private Properties properties(String language) {
        Path file = templates.resolve(language + ".properties");
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the portal's texts cannot be read (" + e.getMessage()
                    + "); check --templates (readiness.templates), the folder of the publications' texts", e);
        }
        return loaded.compute(language, (l, before) -> before != null && before.modified().equals(modified) ? before
                : new Loaded(modified, read(file))).properties();
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be read as a UTF-8 properties file: " + e.getMessage(),
                    e);
        }
        return properties;
    }
}
