package eu.aireadiness.publication.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import eu.aireadiness.publication.PublicationException;

/** A UTF-8 properties file of {@code output-templates/}, whose missing keys are reported with file and key. */
final class TemplateFile {

    private final Path file;
    private final Properties properties;

    private TemplateFile(Path file, Properties properties) {
        this.file = file;
        this.properties = properties;
    }

    static TemplateFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PublicationException(file + ": template file not found; the publication texts and branding are read "
                    + "from the output-templates folder at every publication. Check the templates directory given to the Publisher.");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new PublicationException(file + ": could not be read as a UTF-8 properties file: " + e.getMessage(), e);
        }
        return new TemplateFile(file, properties);
    }

    String required(String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new PublicationException(file + ": key '" + key + "' is missing or empty; add it to the file "
                    + "(every text printed in the publications comes from it).");
        }
        return value.strip();
    }

    /** The value of {@code key}, or empty when the file does not set it. */
    java.util.Optional<String> optional(String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }

    Path file() {
        return file;
    }
}
