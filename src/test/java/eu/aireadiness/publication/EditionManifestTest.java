package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.results.PublishedEdition;

/** The manifest lists every file of the edition's folder but itself, as they are; it survives a failed publication. */
class EditionManifestTest {

    @TempDir
    Path output;

    private final PublishedEdition edition = SampleEdition.build();
    private final Publisher publisher = new Publisher(PublisherPdfTest.TEMPLATES);

    @Test
    void listsEveryFileButItselfSubfoldersIncludedWithSizeChecksumAndMediaType() throws IOException {
        Path target = output.resolve("2026");
        List<Path> published = publisher.publish(edition, target, List.of(
                new AdditionalFile("status/intake-status.csv", file -> Files.writeString(file, "country\nAT\n")),
                new AdditionalFile("status/intake-status.html", file -> Files.writeString(file, "<p>AT</p>\n")),
                new AdditionalFile("appendix/AT-2026-en.pdf", file -> Files.write(file, new byte[] {'%', 'P'})),
                new AdditionalFile("annex/data/notes.txt", file -> Files.writeString(file, "Ελλάδα\n"))));

        assertThat(published).last().isEqualTo(target.resolve("manifest.json"));
        JsonNode manifest = JsonMapper.shared().readTree(target.resolve("manifest.json"));
        assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.get("edition").asInt()).isEqualTo(2026);
        assertThat(manifest.get("title").asString()).isEqualTo("European AI Readiness Index 2026");
        assertThat(manifest.get("publicationDate").asString()).isEqualTo("2026-12-01");
        assertThat(manifest.get("dataStatus").asString()).isEqualTo("illustrative");

        Map<String, JsonNode> listed = new LinkedHashMap<>();
        manifest.get("files").forEach(entry -> listed.put(entry.get("path").asString(), entry));
        assertThat(List.copyOf(listed.keySet())).isSorted()
                .startsWith("AIRI-2026-report-de.pdf", "AIRI-2026-report-en.pdf", "AIRI-2026-report-fr.pdf",
                        "AIRI-2026-results-de.xlsx", "AIRI-2026-results-en.xlsx", "AIRI-2026-results-fr.xlsx",
                        "AIRI-2026-scores.csv", "AIRI-2026.zip", "annex/data/notes.txt",
                        "appendix/AT-2026-en.pdf", "datapackage.json", "dcat-ap.jsonld", "index-de.html",
                        "index-fr.html", "index.html", "opendata/AIRI-2026-results-jsonstat.json",
                        "opendata/AIRI-2026-results.sdmx.csv", "opendata/AIRI-2026-results.sdmx.xml")
                .endsWith("status/intake-status.csv", "status/intake-status.html");
        assertThat(listed.keySet()).filteredOn(path -> path.startsWith("profiles/")).hasSize(27 * 3)
                .allMatch(path -> path.matches("profiles/AIRI-2026-[A-Z]{2}-(de|en|fr)\\.pdf"))
                .contains("profiles/AIRI-2026-DE-en.pdf", "profiles/AIRI-2026-HU-fr.pdf");
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(filesBesidesTheManifest(target));
        for (Map.Entry<String, JsonNode> entry : listed.entrySet()) {
            byte[] bytes = Files.readAllBytes(target.resolve(entry.getKey()));
            assertThat(entry.getValue().get("bytes").asLong()).as(entry.getKey()).isEqualTo(bytes.length);
            assertThat(entry.getValue().get("sha256").asString()).as(entry.getKey()).isEqualTo(sha256(bytes));
        }
        assertThat(listed.get("appendix/AT-2026-en.pdf").get("bytes").asLong()).isEqualTo(2);
        Map<String, String> mediaTypes = Map.of("pdf", "application/pdf",
                "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv", "text/csv",
                "txt", "text/plain", "html", "text/html", "zip", "application/zip", "json", "application/json",
                "jsonld", "application/ld+json",
                // SDMX-CSV and SDMX-ML by the media types of the SDMX REST specification
                "sdmx.csv", "application/vnd.sdmx.data+csv; version=2.0.0",
                "sdmx.xml", "application/vnd.sdmx.structure+xml; version=2.1");
        listed.forEach((path, entry) -> {
            String extension = path.contains(".sdmx.") ? path.substring(path.indexOf(".sdmx.") + 1)
                    : path.substring(path.lastIndexOf('.') + 1);
            assertThat(entry.get("mediaType").asString()).as(path).isEqualTo(mediaTypes.get(extension));
        });
    }

    @Test
    void isValidJsonWhateverTheTitleHolds(@TempDir Path folder) throws IOException {
        String title = "The \"AI\" Index \\ 2026 / Ελλάδα — Česko\ttab\u0001control </script>";
        Files.writeString(folder.resolve("ä ö \"quoted\".csv"), "x\n");
        EditionInfo info = new EditionInfo(2026, title, LocalDate.of(2026, 12, 1), "official", "notice");

        EditionManifest.write(info, folder);

        JsonNode manifest = JsonMapper.shared().readTree(folder.resolve("manifest.json"));
        assertThat(manifest.get("title").asString()).isEqualTo(title);
        assertThat(manifest.get("files").get(0).get("path").asString()).isEqualTo("ä ö \"quoted\".csv");
        assertThat(Files.readString(folder.resolve("manifest.json"), StandardCharsets.UTF_8))
                .doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void aFailedPublicationLeavesThePreviousPublicationAndItsManifestIntact() throws IOException {
        Path target = output.resolve("2026");
        List<AdditionalFile> status = List.of(
                new AdditionalFile("status/intake-status.csv", file -> Files.writeString(file, "first\n")));
        publisher.publish(edition, target, status);
        byte[] manifest = Files.readAllBytes(target.resolve("manifest.json"));
        Map<String, byte[]> before = contents(target);
        Path templates = output.resolve("templates");
        Files.createDirectories(templates);
        Files.copy(PublisherPdfTest.TEMPLATES.resolve("branding.properties"), templates.resolve("branding.properties"));
        List<String> lines = Files.readAllLines(PublisherPdfTest.TEMPLATES.resolve("en.properties"));
        Files.write(templates.resolve("en.properties"),
                lines.stream().filter(l -> !l.startsWith("country.eu-average=")).toList());

        assertThatThrownBy(() -> new Publisher(templates).publish(edition, target, List.of(
                new AdditionalFile("status/intake-status.csv", file -> Files.writeString(file, "second\n")))))
                .isInstanceOf(PublicationException.class).hasMessageContaining("'country.eu-average'");

        assertThat(Files.readAllBytes(target.resolve("manifest.json"))).isEqualTo(manifest);
        Map<String, byte[]> after = contents(target);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        JsonNode listed = JsonMapper.shared().readTree(manifest);
        listed.get("files").forEach(entry -> assertThat(entry.get("sha256").asString())
                .isEqualTo(sha256(after.get(entry.get("path").asString()))));
    }

    @Test
    void aFileOfAnotherPublisherCalledManifestIsRefused() throws IOException {
        Path target = output.resolve("2026");
        publisher.publish(edition, target);
        byte[] manifest = Files.readAllBytes(target.resolve("manifest.json"));

        assertThatThrownBy(() -> publisher.publish(edition, target, List.of(
                new AdditionalFile("manifest.json", file -> Files.writeString(file, "{}")))))
                .isInstanceOf(PublicationException.class).hasMessageContaining("manifest.json");
        assertThat(Files.readAllBytes(target.resolve("manifest.json"))).isEqualTo(manifest);
    }

    private static List<String> filesBesidesTheManifest(Path folder) throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                paths.add(folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
            }
        }
        paths.remove("manifest.json");
        return paths;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
