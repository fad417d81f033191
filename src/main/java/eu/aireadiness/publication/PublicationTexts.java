package eu.aireadiness.publication;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The labels and sentences of the publications in one language, read from {@code <language>.properties} in the
 * templates directory. Every value is a {@link MessageFormat} pattern, with or without {@code {0}} placeholders, so
 * one rule holds for the whole file (an apostrophe is written '' or as the typographic ’). Callers pass text, not
 * numbers, so that numbers are formatted once, by {@link NumberText}.
 */
final class PublicationTexts {

    private final TemplateFile file;
    private final Locale locale;

    private PublicationTexts(TemplateFile file, Locale locale) {
        this.file = file;
        this.locale = locale;
    }

    static PublicationTexts load(Path templatesDir, String language) {
        return new PublicationTexts(TemplateFile.read(templatesDir.resolve(language + ".properties")),
                Locale.forLanguageTag(language));
    }

    String text(String key) {
        return format(key);
    }

    String format(String key, Object... arguments) {
        try {
            return new MessageFormat(file.required(key), locale).format(arguments);
        } catch (IllegalArgumentException e) {
            throw new PublicationException(file.file() + ": key '" + key + "' is not a valid sentence pattern ("
                    + e.getMessage() + "); write placeholders as {0}, {1} and double any apostrophe ('').", e);
        }
    }

    Locale locale() {
        return locale;
    }

    String language() {
        return locale.getLanguage();
    }
}
