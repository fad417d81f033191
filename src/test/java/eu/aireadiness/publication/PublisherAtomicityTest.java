package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.PublishedEdition;

/** Publishing again gives the same content; a failed publication leaves the previous one as it was. */
class PublisherAtomicityTest {

    @TempDir
    Path output;

    PublishedEdition edition;
    Path target;
    Publisher publisher;

    @BeforeEach
    void setUp() {
        edition = SampleEdition.build();
        target = output.resolve("2026");
        publisher = new Publisher(PublisherPdfTest.TEMPLATES);
    }

    @Test
    void publishingTwiceGivesTheSameCsvBytesAndTheSamePdfText() throws IOException {
        List<Path> first = publisher.publish(edition, target);
        byte[] csv = Files.readAllBytes(target.resolve("AIRI-2026-scores.csv"));
        String pdfText = PublisherPdfTest.text(target.resolve("AIRI-2026-report-en.pdf"), 1, 30);
        List<Path> second = publisher.publish(edition, target);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(target.resolve("AIRI-2026-scores.csv"))).isEqualTo(csv);
        assertThat(PublisherPdfTest.text(target.resolve("AIRI-2026-report-en.pdf"), 1, 30)).isEqualTo(pdfText);
        assertThat(siblings()).containsExactly("2026");
    }

    @Test
    void aMissingTemplateKeyFailsNamingFileAndKeyAndKeepsThePreviousPublication() throws IOException {
        publisher.publish(edition, target);
        Map<String, byte[]> before = contents(target);
        Path templates = output.resolve("templates");
        Files.createDirectories(templates);
        Files.copy(PublisherPdfTest.TEMPLATES.resolve("branding.properties"), templates.resolve("branding.properties"));
        List<String> lines = Files.readAllLines(PublisherPdfTest.TEMPLATES.resolve("en.properties"), StandardCharsets.UTF_8);
        Files.write(templates.resolve("en.properties"),
                lines.stream().filter(l -> !l.startsWith("country.eu-average=")).toList(), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new Publisher(templates).publish(edition, target))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining(templates.resolve("en.properties").toString())
                .hasMessageContaining("'country.eu-average'");
        Map<String, byte[]> after = contents(target);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(siblings()).containsExactlyInAnyOrder("2026", "templates");
    }

    @Test
    void anIncompleteEditionFailsAndKeepsThePreviousPublication() throws IOException {
        publisher.publish(edition, target);
        Map<String, byte[]> before = contents(target);
        CountryResult last = edition.ranking().get(26);
        Map<String, PillarScore> pillars = new LinkedHashMap<>(last.pillars());
        pillars.remove("ADO");
        List<CountryResult> ranking = new java.util.ArrayList<>(edition.ranking());
        ranking.set(26, new CountryResult(last.country(), last.rank(), last.indexScore(), last.rankInterval(),
                last.previousIndexScore(), last.previousRank(), pillars, last.indicators()));
        PublishedEdition broken = new PublishedEdition(edition.info(), edition.previousEdition(), edition.codebook(),
                ranking, edition.euAverage(), edition.submissions(), edition.method(), edition.uncertainty(),
                edition.coherence());

        assertThatThrownBy(() -> publisher.publish(broken, target))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining("country " + last.country().code() + " has no score for pillar ADO");
        Map<String, byte[]> after = contents(target);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(siblings()).containsExactly("2026");
    }

    @Test
    void additionalFilesArePublishedAndReplacedTogetherWithThePublication() throws IOException {
        List<Path> files = publisher.publish(edition, target, List.of(new AdditionalFile("status/intake-status.csv",
                file -> Files.writeString(file, "first\n"))));
        assertThat(files).contains(target.resolve("status/intake-status.csv"))
                .last().isEqualTo(target.resolve(EditionManifest.FILE_NAME));
        assertThat(target.resolve("status/intake-status.csv")).hasContent("first");

        assertThatThrownBy(() -> publisher.publish(edition, target, List.of(
                new AdditionalFile("status/intake-status.csv", file -> Files.writeString(file, "second\n")),
                new AdditionalFile("status/intake-status.html", file -> {
                    throw new IOException("disk full");
                }))))
                .isInstanceOf(PublicationException.class).hasMessageContaining("disk full");
        assertThat(target.resolve("status/intake-status.csv")).hasContent("first");
        assertThat(target.resolve("status/intake-status.html")).doesNotExist();
        assertThat(siblings()).containsExactly("2026");

        assertThatThrownBy(() -> new AdditionalFile("../elsewhere.csv", file -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRegularFileInPlaceOfTheOutputDirectoryIsRefusedAndLeftAlone() throws IOException {
        Files.writeString(target, "not a directory");
        assertThatThrownBy(() -> publisher.publish(edition, target))
                .isInstanceOf(PublicationException.class)
                .hasMessageContaining("exists and is not a directory");
        assertThat(Files.readString(target)).isEqualTo("not a directory");
        assertThat(siblings()).containsExactly("2026");
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file of the publication, sub-folders (profiles/) included, by its path inside it. */
    private static Map<String, byte[]> contents(Path directory) throws IOException {
        Map<String, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(directory.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
