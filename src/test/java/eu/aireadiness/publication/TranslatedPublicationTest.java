package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.aireadiness.InvariantWords;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.results.PublishedEdition;

/**
 * No text of a German or French publication is its English text. Each line of the report and of the profiles
 * (PDFBox's text, line by line), and each text cell of the workbook, is compared with the English publication's
 * lines or cells; a line found in both fails the test unless it is invariant ({@link InvariantWords}: codes,
 * numbers, units, proper names and the few words spelt alike) or quotes what an officer submitted (a source, a file
 * name, a note), which is data, printed as received.
 */
class TranslatedPublicationTest {

    @TempDir
    static Path output;
    static PublishedEdition edition;
    static Set<String> submitted;
    /** Words of proper names: the countries' English and own names, the publisher's name. */
    static Set<String> properNames;

    @BeforeAll
    static void publish() {
        edition = SampleEdition.build();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        properNames = new java.util.HashSet<>();
        List<String> names = new ArrayList<>(List.of(Branding.load(PublisherPdfTest.TEMPLATES).publisher()));
        edition.ranking().forEach(result -> names.addAll(List.of(result.country().englishName(),
                result.country().nativeName())));
        names.forEach(name -> properNames.addAll(List.of(name.toLowerCase(java.util.Locale.ROOT).split("[\\s/()]+"))));
        submitted = new LinkedHashSet<>();
        edition.submissions().forEach(status -> {
            status.fileName().ifPresent(submitted::add);
        });
        edition.ranking().forEach(result -> result.indicators().values().forEach(value -> value.source().ifPresent(source -> {
            submitted.add(source.source());
            submitted.add(source.fileName());
        })));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr"})
    void noLineOfTheReportIsEnglish(String language) throws IOException {
        assertThat(untranslated(pdfLines(file("AIRI-2026-report-en.pdf")),
                pdfLines(file("AIRI-2026-report-" + language + ".pdf")), language)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr"})
    void noLineOfAProfileIsEnglish(String language) throws IOException {
        for (String country : List.of("DE", SampleEdition.REJECTED, SampleEdition.NOT_SUBMITTED)) {
            assertThat(untranslated(pdfLines(profile(country, "en")), pdfLines(profile(country, language)), language))
                    .as(country).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr"})
    void noCellOfTheWorkbookIsEnglish(String language) throws IOException {
        List<String> english = cells(file(Publisher.workbookName(2026, "en")));
        List<String> translated = cells(file(Publisher.workbookName(2026, language)));
        assertThat(translated).hasSizeGreaterThan(1000);
        assertThat(untranslated(english, translated, language)).isEmpty();
    }

    @Test
    void theTestFindsAnEnglishLineLeftInATranslation() {
        List<String> english = List.of("Key findings", "CMP1 23.8");
        assertThat(untranslated(english, List.of("Key findings", "CMP1 23,8"), "de")).containsExactly("Key findings");
        assertThat(untranslated(english, List.of("Wichtigste Ergebnisse", "CMP1 23.8"), "de")).isEmpty();
    }

    private static List<String> untranslated(List<String> english, List<String> translated, String language) {
        Set<String> englishSet = Set.copyOf(english);
        return translated.stream().distinct().filter(englishSet::contains)
                .filter(text -> !InvariantWords.isInvariant(text, language, properNames == null ? Set.of() : properNames))
                .filter(text -> submitted == null || submitted.stream().noneMatch(text::contains)
                        && submitted.stream().noneMatch(s -> s.contains(text)))
                .toList();
    }

    private static List<String> pdfLines(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return Stream.of(new PDFTextStripper().getText(document).split("\\R")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }

    private static List<String> cells(Path xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                texts.add(sheet.getSheetName());
                sheet.forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                        texts.add(cell.getStringCellValue().strip());
                    }
                }));
            }
        }
        return texts;
    }

    private static Path file(String name) {
        return output.resolve("2026").resolve(name);
    }

    /** The country's profile in the language, whatever the profiles' file names are. */
    private static Path profile(String country, String language) throws IOException {
        try (Stream<Path> files = Files.walk(output.resolve("2026"))) {
            return files.filter(f -> f.toString().endsWith(".pdf"))
                    .filter(f -> f.getFileName().toString().matches("(.*[-_])?" + country + "[-_].*" + language
                            + "\\.pdf"))
                    .findFirst().orElseThrow(() -> new AssertionError("no profile of " + country + " in " + language));
        }
    }
}
