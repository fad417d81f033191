package eu.aireadiness.publication.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import eu.aireadiness.publication.PublicationException;

/**
 * The languages an edition is published in: one {@code <language>.properties} file per language in the templates
 * directory, named by its ISO 639-1 code, so that adding a language is adding a file. English, the language of the
 * codebook, comes first; the others follow in alphabetical order.
 */
public final class PublicationLanguages {

    private static final Pattern TEXTS_FILE = Pattern.compile("([a-z]{2})\\.properties");

    private PublicationLanguages() {
    }

    public static List<String> in(Path templatesDir) {
        List<String> languages;
        try (Stream<Path> files = Files.list(templatesDir)) {
            languages = files.map(f -> TEXTS_FILE.matcher(f.getFileName().toString()))
                    .filter(m -> m.matches()).map(m -> m.group(1))
                    .sorted(Comparator.comparing((String l) -> !l.equals(PublicationTexts.CODEBOOK_LANGUAGE))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        } catch (IOException e) {
            throw new PublicationException(templatesDir + ": the templates directory cannot be listed (" + e
                    + "); it must hold one <language>.properties file per language of the publications.", e);
        }
        if (languages.isEmpty()) {
            throw new PublicationException(templatesDir + " holds no texts file: add one <language>.properties per"
                    + " language of the publications, named by its two-letter code (en.properties, de.properties).");
        }
        return languages;
    }
}
