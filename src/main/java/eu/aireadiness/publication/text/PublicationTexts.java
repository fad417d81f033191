package eu.aireadiness.publication.text;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.PublicationException;

/**
 * The labels and sentences of the publications in one language, read from {@code <language>.properties} in the
 * templates directory. Every value is a {@link MessageFormat} pattern, with or without {@code {0}} placeholders, so
 * one rule holds for the whole file (an apostrophe is written '' or as the typographic ’). Callers pass text, not
 * numbers, so that numbers are formatted once, by {@link NumberText}.
 *
 * <p>Names of countries, pillars and indicators, and units, are {@code name.<code>} and {@code unit.<code>}. The
 * codebook and the country list are written in English, so an English file may leave them out; any other language
 * must name everything, and a missing name is an error naming the file and the key.
 */
public final class PublicationTexts {

    /** The language the codebook and the country list are written in. */
    static final String CODEBOOK_LANGUAGE = "en";

    private final TemplateFile file;
    private final Locale locale;

    private PublicationTexts(TemplateFile file, Locale locale) {
        this.file = file;
        this.locale = locale;
    }

    public static PublicationTexts load(Path templatesDir, String language) {
        return new PublicationTexts(TemplateFile.read(templatesDir.resolve(language + ".properties")),
                Locale.forLanguageTag(language));
    }

    public String text(String key) {
        return format(key);
    }

    public String format(String key, Object... arguments) {
        try {
            return new MessageFormat(file.required(key), locale).format(arguments);
        } catch (IllegalArgumentException e) {
            throw new PublicationException(file.file() + ": key '" + key + "' is not a valid sentence pattern ("
                    + e.getMessage() + "); write placeholders as {0}, {1} and double any apostrophe ('').", e);
        }
    }

    /** The text of {@code key} when the file has it: for phrases that exist for some codes only. */
    java.util.Optional<String> optional(String key, Object... arguments) {
        return file.optional(key).map(pattern -> format(key, arguments));
    }

    public String countryName(Country country) {
        return name("name." + country.code(), country.englishName());
    }

    /** The country's name in this language, followed by its own name in brackets when that is another one. */
    public String countryWithOwnName(Country country) {
        String name = countryName(country);
        return country.nativeName().contains(name) ? name : name + " (" + country.nativeName() + ")";
    }

    public String pillarName(Pillar pillar) {
        return name("name." + pillar.code(), pillar.name());
    }

    public String indicatorName(Indicator indicator) {
        return name("name." + indicator.code(), indicator.name());
    }

    /** The index's name in this language. */
    public String indexName(Codebook codebook) {
        return name("name." + codebook.indexCode(), codebook.indexName());
    }

    /** The report's title in this language: the index's name and the edition's year. */
    public String reportTitle(Codebook codebook, int edition) {
        return format("report.title", indexName(codebook), Integer.toString(edition));
    }

    /** Items joined as a sentence lists them: "A", "A and B", "A, B and C" (key {@code list.and}). */
    public String and(java.util.List<String> items) {
        return joined(items, "list.and");
    }

    /** Alternatives joined as a sentence lists them: "A", "A or B", "A, B or C" (key {@code list.or}). */
    String or(java.util.List<String> items) {
        return joined(items, "list.or");
    }

    private String joined(java.util.List<String> items, String key) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        String front = String.join(", ", items.subList(0, items.size() - 1));
        return format(key, front, items.get(items.size() - 1));
    }

    public String unit(Indicator indicator) {
        return name("unit." + indicator.code(), indicator.unit());
    }

    private String name(String key, String english) {
        return file.optional(key).orElseGet(() -> CODEBOOK_LANGUAGE.equals(language()) ? english
                : file.required(key));
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }
}
