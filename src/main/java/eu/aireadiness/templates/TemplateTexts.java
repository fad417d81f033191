package eu.aireadiness.templates;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;

/**
 * The words of the officers' template in one language, read from the UTF-8 properties file
 * {@code officer-template-<language>.properties} of {@code output-templates/}, so that the index team can reword
 * or translate them without a rebuild. Every value is a {@link MessageFormat} pattern. The names of countries,
 * pillars and indicators, and units, are those of the publications, {@code name.<code>} and {@code unit.<code>} in
 * {@code <language>.properties}: one place for every name; the codebook's own (English) names serve English.
 */
final class TemplateTexts {

    static final String ENGLISH = "en";

    private final Path file;
    private final Properties properties;
    private final Properties names;
    private final String language;

    private TemplateTexts(Path file, Properties properties, Properties names, String language) {
        this.file = file;
        this.properties = properties;
        this.names = names;
        this.language = language;
    }

    /** The file the texts of a language are read from, inside the templates folder. */
    static String fileName(String language) {
        return "officer-template-" + language + ".properties";
    }

    /** Whether the templates folder has the officers' texts in the language. */
    static boolean available(Path templatesFolder, String language) {
        return Files.isRegularFile(templatesFolder.resolve(fileName(language)));
    }

    /** The English texts. */
    static TemplateTexts read(Path templatesFolder) {
        return read(templatesFolder, ENGLISH);
    }

    static TemplateTexts read(Path templatesFolder, String language) {
        Path file = templatesFolder.resolve(fileName(language));
        Properties properties = load(file, "the words of the officers' template are read from it");
        Path namesFile = templatesFolder.resolve(language + ".properties");
        Properties names = language.equals(ENGLISH) && !Files.isRegularFile(namesFile) ? new Properties()
                : load(namesFile, "the names of countries, pillars and indicators in this language are read from it");
        return new TemplateTexts(file, properties, names, language);
    }

    private static Properties load(Path file, String why) {
        if (!Files.isRegularFile(file)) {
            throw new TemplateException(file + ": texts file not found; " + why + ". Check the --templates folder"
                    + " (default: output-templates).");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new TemplateException(file + ": could not be read as a UTF-8 properties file: " + e.getMessage(), e);
        }
        return properties;
    }

    String language() {
        return language;
    }

    Path file() {
        return file;
    }

    /** The text of a key with its placeholders filled; arguments are passed as text so no locale formats them. */
    String text(String key, String... arguments) {
        String pattern = properties.getProperty(key);
        if (pattern == null || pattern.isBlank()) {
            throw new TemplateException(file + ": key '" + key + "' is missing or empty; add it to the file (every"
                    + " text of the officers' template comes from it).");
        }
        try {
            return new MessageFormat(pattern.strip(), Locale.ROOT).format(arguments);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(file + ": key '" + key + "' is not a valid pattern (" + e.getMessage()
                    + "); write an apostrophe as ’ or as two straight apostrophes.", e);
        }
    }

    String countryName(Country country) {
        return name("name." + country.code(), country.englishName());
    }

    String indicatorName(Indicator indicator) {
        return name("name." + indicator.code(), indicator.name());
    }

    String pillarName(Pillar pillar) {
        return name("name." + pillar.code(), pillar.name());
    }

    String unit(Indicator indicator) {
        return name("unit." + indicator.code(), indicator.unit());
    }

    /** A name in this language; English may fall back on the codebook's name, another language may not. */
    private String name(String key, String english) {
        String name = names.getProperty(key);
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        if (language.equals(ENGLISH)) {
            return english;
        }
        throw new TemplateException(language + ".properties: key '" + key + "' is missing; the officers' template in"
                + " this language names every country, pillar and indicator from it.");
    }
}
