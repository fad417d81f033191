package eu.aireadiness.portal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import eu.aireadiness.templates.OfficerTemplates;

/**
 * The workbooks officers fill in, as the {@code templates} command writes them into
 * {@code <output>/templates/<year>/}: written there on the first request for an edition's templates, then served
 * from there, so that the portal hands out the very files the command makes.
 */
@Component
class CountryTemplates {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private final PortalInput input;

    CountryTemplates(PortalInput input) {
        this.input = input;
    }

    /** The languages the country's template is written in for the edition, English first. */
    List<String> languages(String country, int year) throws IOException {
        Path folder = folder(year);
        synchronized (this) {
            if (files(folder, prefix(year, country)).isEmpty()) {
                OfficerTemplates.write(input.folder().root(), input.templates(), input.output(), year);
            }
        }
        String prefix = prefix(year, country);
        return files(folder, prefix(year, country)).stream().map(p -> p.getFileName().toString())
                .map(name -> name.substring(prefix.length(), name.length() - ".xlsx".length()))
                .sorted((a, b) -> a.equals("en") ? -1 : b.equals("en") ? 1 : a.compareTo(b)).toList();
    }

    /** The template in the language, when it is one of {@link #languages}. */
    Optional<Path> file(String country, int year, String language) throws IOException {
        if (!LANGUAGE.matcher(language).matches() || !languages(country, year).contains(language)) {
            return Optional.empty();
        }
        return Optional.of(folder(year).resolve(prefix(year, country) + language + ".xlsx"));
    }

    private Path folder(int year) {
        return input.output().resolve("templates").resolve(Integer.toString(year));
    }

    private static String prefix(int year, String country) {
        return "AIRI_" + year + "_" + country + "_template_";
    }

    private static List<Path> files(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".xlsx")).toList();
        }
    }
}
