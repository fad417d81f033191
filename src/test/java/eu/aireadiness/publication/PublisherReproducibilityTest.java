package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.results.PublishedEdition;

/**
 * The same edition gives the same bytes, file by file, whenever and wherever it is published: nothing depends on the
 * clock, on chance, on the machine's time zone or language.
 */
class PublisherReproducibilityTest {

    @TempDir
    Path output;

    private final PublishedEdition edition = SampleEdition.build();
    private final List<AdditionalFile> status = List.of(
            new AdditionalFile("status/intake-status.csv", file -> Files.writeString(file, "country\nAT\n")));

    @Test
    void twoPublicationsOfTheSameEditionAreIdenticalFileByFile() throws IOException {
        Path first = output.resolve("first/2026");
        Path second = output.resolve("second/2026");
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, first, status);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, second, status);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }

        Map<String, byte[]> firstFiles = contents(first);
        Map<String, byte[]> secondFiles = contents(second);
        assertThat(firstFiles.keySet()).contains("AIRI-2026-report-de.pdf", "AIRI-2026-report-en.pdf",
                "AIRI-2026-report-fr.pdf", "AIRI-2026-results-de.xlsx", "AIRI-2026-results-en.xlsx",
                "AIRI-2026-results-fr.xlsx", "AIRI-2026-scores.csv", "manifest.json", "datapackage.json",
                "dcat-ap.jsonld", "opendata/AIRI-2026-results.sdmx.csv", "opendata/AIRI-2026-results.sdmx.xml",
                "opendata/AIRI-2026-results-jsonstat.json", "status/intake-status.csv");
        assertThat(secondFiles).containsOnlyKeys(firstFiles.keySet());
        firstFiles.forEach((path, bytes) -> assertThat(Arrays.mismatch(bytes, secondFiles.get(path)))
                .as(path + ": the offset of the first byte that differs").isEqualTo(-1));
    }

    /** Two publications within the same two seconds would not show a zip time taken from the clock. */
    @Test
    void theWorkbooksZipEntriesBearThePublicationDate() throws IOException {
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        Path workbook = output.resolve("2026/AIRI-2026-results-en.xlsx");
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2026, 12, 1, 0, 0));
                assertThat(entry.getExtra()).as(entry.getName()).isNull();
                entries++;
            }
        }
        assertThat(entries).isGreaterThan(10);
    }

    @Test
    void thePdfsFileIdentifierIsOneValueTwiceAndNoExtraInformationEntry() throws IOException {
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        Path pdf = output.resolve("2026/AIRI-2026-report-en.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            COSArray id = document.getDocument().getDocumentID();
            assertThat(id.size()).isEqualTo(2);
            byte[] permanent = ((COSString) id.getObject(0)).getBytes();
            assertThat(permanent).hasSize(16).isEqualTo(((COSString) id.getObject(1)).getBytes());
            assertThat(document.getDocumentInformation().getMetadataKeys())
                    .containsExactlyInAnyOrder("Title", "Author", "Subject", "Keywords", "Creator", "Producer",
                            "CreationDate", "ModDate");
        }
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
