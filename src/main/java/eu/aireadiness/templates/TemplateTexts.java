package eu.aireadiness.templates;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the officers' template, read from a UTF-8 properties file of {@code output-templates/} so that the
 * index team can reword or translate them without a rebuild. Every value is a {@link MessageFormat} pattern.
 */
final class TemplateTexts {

    /** The file the texts are read from, inside the templates folder. */
    static final String FILE_NAME = "officer-template-en.properties";

    private final Path file;
    private final Properties properties;

    private TemplateTexts(Path file, Properties properties) {
        this.file = file;
        this.properties = properties;
    }

    static TemplateTexts read(Path templatesFolder) {
        Path file = templatesFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new TemplateException(file + ": texts file not found; the words of the officers' template are read"
                    + " from it. Check the --templates folder (default: output-templates).");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new TemplateException(file + ": could not be read as a UTF-8 properties file: " + e.getMessage(), e);
        }
        return new TemplateTexts(file, properties);
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
}
