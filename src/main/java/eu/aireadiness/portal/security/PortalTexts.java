package eu.aireadiness.portal.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.context.support.AbstractMessageSource;

/**
 * The portal's texts in English, German and French, read from the same files as the publication's
 * ({@code <templates>/en.properties}, {@code de}, {@code fr}, UTF-8); a language not offered falls back to English.
 */
final class PortalTexts extends AbstractMessageSource {

    private static final String FALLBACK = "en";

    private final Map<String, Properties> byLanguage;

    PortalTexts(Path folder) {
        this.byLanguage = Map.of("en", read(folder, "en"), "de", read(folder, "de"), "fr", read(folder, "fr"));
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String text = byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get(FALLBACK)).getProperty(code,
                byLanguage.get(FALLBACK).getProperty(code));
        return text == null ? null : new MessageFormat(text, locale);
    }

    private static Properties read(Path folder, String language) {
        Path file = folder.resolve(language + ".properties");
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " could not be read: " + e.getMessage(), e);
        }
        return texts;
    }
}
