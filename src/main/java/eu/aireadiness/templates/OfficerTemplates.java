package eu.aireadiness.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;

/**
 * The {@code templates} command: writes, for every country of {@code countries.csv}, the workbook its officer fills
 * in for an edition, {@code <output>/templates/<year>/AIRI_<year>_<CC>_template_<language>.xlsx}, in English and in
 * each of the country's official languages ({@code official_languages} of {@code countries.csv}) that
 * {@code output-templates/} has texts for ({@code officer-template-<language>.properties}), and beside them the same
 * template as an SDMX-CSV 2.0 file, {@code AIRI_<year>_<CC>_template.csv}. Starts no database.
 */
public final class OfficerTemplates {

    /**
     * What was written: the folder, its workbooks in the order of {@code countries.csv}, English first, and its CSV
     * templates, one per country in the same order.
     */
    public record Outcome(Path folder, List<Path> files, List<Path> csvFiles) {
        public Outcome {
            files = List.copyOf(files);
            csvFiles = List.copyOf(csvFiles);
        }
    }

    private OfficerTemplates() {
    }

    /**
     * Reads the codebook and countries from {@code input} and the texts from {@code templatesFolder}, then writes
     * every country's template. An {@link eu.aireadiness.framework.InputFileException} or a
     * {@link TemplateException} names the file at fault before anything is written.
     */
    public static Outcome write(Path input, Path templatesFolder, Path output, int year) {
        Framework framework = new InputFolder(input).load();
        java.util.Map<String, TemplateWorkbook> builders = new java.util.TreeMap<>();
        for (Country country : framework.countries()) {
            for (String language : languages(country, templatesFolder)) {
                builders.computeIfAbsent(language, l -> new TemplateWorkbook(TemplateTexts.read(templatesFolder, l),
                        framework.codebook()));
            }
        }
        Path editionsFile = new InputFolder(input).editionsFile();
        TemplateEdition edition = TemplateEdition.of(framework.edition(year).orElseThrow(() -> new TemplateException(
                editionsFile + ": edition " + year + " is not listed; add its row (with its dataflow) before writing"
                        + " its templates.")), editionsFile);
        Path folder = output.resolve("templates").resolve(Integer.toString(year));
        List<Path> files = new ArrayList<>();
        List<Path> csvFiles = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Country country : framework.countries()) {
                String csvFileName = CsvTemplate.fileName(year, country.code());
                for (String language : languages(country, templatesFolder)) {
                    String fileName = fileName(year, country.code(), language);
                    byte[] workbook = builders.get(language).write(country, edition, fileName, csvFileName);
                    files.add(replace(folder.resolve(fileName), workbook));
                }
                csvFiles.add(replace(folder.resolve(csvFileName),
                        CsvTemplate.write(edition, country, framework.codebook().indicators())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the templates into " + folder + ": " + e.getMessage(), e);
        }
        return new Outcome(folder, files, csvFiles);
    }

    static String fileName(int year, String countryCode, String language) {
        return "AIRI_" + year + "_" + countryCode + "_template_" + language + ".xlsx";
    }

    /** English, then the country's official languages that the templates folder has texts for, each once. */
    static List<String> languages(Country country, Path templatesFolder) {
        List<String> languages = new ArrayList<>(List.of(TemplateTexts.ENGLISH));
        for (String language : country.officialLanguages()) {
            if (!languages.contains(language) && TemplateTexts.available(templatesFolder, language)) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** Writes beside the target, then moves it over, so that an officer never downloads a half-written file. */
    private static Path replace(Path target, byte[] bytes) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.write(partial, bytes);
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
