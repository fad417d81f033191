package eu.aireadiness.publication.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.aireadiness.framework.EditionInfo;

/**
 * The data package and the DCAT-AP catalogue of an edition whose {@code editions.csv} row names no licence, DOI or
 * contact (an editions file older than those columns): they state nothing they were not given.
 */
class EditionDescriptionsTest {

    @TempDir
    Path folder;

    private final EditionInfo bare = new EditionInfo(2024, "European AI Readiness Index 2024",
            LocalDate.of(2024, 11, 15), "official", "Official statistics.");

    @Test
    void anEditionWithoutLicenceGetsNoneInventedAndIsIdentifiedByItsYear() throws IOException {
        Files.createDirectories(folder.resolve("sub dir"));
        Files.writeString(folder.resolve("sub dir/Data Ü.csv"), "A,B\n1,2\n");
        Files.writeString(folder.resolve("notes.txt"), "x\n");
        List<PublishedFile> files = PublishedFile.in(folder, Set.of("notes.txt"));
        assertThat(files).extracting(PublishedFile::path).containsExactly("sub dir/Data Ü.csv");
        assertThat(files.get(0).bytes()).isEqualTo(8);

        Path dataPackage = folder.resolve("out-datapackage.json");
        new DataPackageWriter().write(bare, files, Map.of(), dataPackage);
        JsonNode written = JsonMapper.shared().readTree(dataPackage);
        assertThat(written.has("licenses")).isFalse();
        assertThat(written.has("id")).isFalse();
        assertThat(written.get("name").asString()).isEqualTo("airi-2024");
        JsonNode resource = written.get("resources").get(0);
        assertThat(resource.get("name").asString()).isEqualTo("sub-dir-data--.csv");
        assertThat(resource.get("profile").asString()).isEqualTo("data-resource");
        assertThat(resource.get("mediatype").asString()).isEqualTo("text/csv");

        Path catalogue = folder.resolve("out-dcat.jsonld");
        new DcatWriter().write(bare, "Publisher", files, catalogue);
        JsonNode dataset = JsonMapper.shared().readTree(catalogue);
        assertThat(dataset.has("dct:license")).isFalse();
        assertThat(dataset.has("dcat:contactPoint")).isFalse();
        assertThat(dataset.get("dct:identifier").asString()).isEqualTo("AIRI-2024");
        assertThat(dataset.get("dct:issued").get("@value").asString()).isEqualTo("2024-11-15");
        assertThat(dataset.get("dct:title")).hasSize(1);
        JsonNode distribution = dataset.get("dcat:distribution").get(0);
        assertThat(distribution.has("dct:license")).isFalse();
        assertThat(distribution.get("dcat:byteSize").get("@value").asString()).isEqualTo("8");
    }

    @Test
    void mediaTypesAndFormatsByName() {
        assertThat(PublishedFile.mediaType("opendata/AIRI-2026-results.sdmx.csv"))
                .isEqualTo("application/vnd.sdmx.data+csv; version=2.0.0");
        assertThat(PublishedFile.mediaType("opendata/AIRI-2026-results.sdmx.xml"))
                .isEqualTo("application/vnd.sdmx.structure+xml; version=2.1");
        assertThat(PublishedFile.mediaType("dcat-ap.jsonld")).isEqualTo("application/ld+json");
        assertThat(PublishedFile.mediaType("AIRI-2026-scores.CSV")).isEqualTo("text/csv");
        assertThat(PublishedFile.mediaType("README")).isEqualTo("application/octet-stream");
        assertThat(PublishedFile.mediaType("coinr/AIRI-2026-method.yml")).isEqualTo("application/yaml");
        assertThat(PublishedFile.format("opendata/AIRI-2026-results.sdmx.csv")).isEqualTo("csv");
        assertThat(PublishedFile.format("profiles.d/README")).isEmpty();
    }
}
