package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.aireadiness.results.PublishedEdition;

/**
 * What interrupted publications leave, and how the next one deals with it: a failure between the two renames that
 * replace a publication leaves the previous one in place; a process killed there (a real second process) leaves the
 * previous one aside, which the next publication moves back before it replaces it; staging folders of killed
 * publications are cleared, those of a live one (another process holding its lock) are left alone.
 */
class PublisherLeftoversTest {

    @TempDir
    Path output;

    PublishedEdition edition;
    Path target;

    @BeforeEach
    void setUp() {
        edition = SampleEdition.build();
        target = output.resolve("2026");
    }

    /** A file that tells the publications apart: the same edition published twice gives the same bytes otherwise. */
    static AdditionalFile marker(String which) {
        return new AdditionalFile("status/which.txt", file -> Files.writeString(file, which));
    }

    private List<Path> publish(Publisher publisher, String which) {
        return publisher.publish(edition, target, List.of(marker(which)));
    }

    @Test
    void aFailureBetweenTheTwoRenamesLeavesThePreviousPublicationInPlaceAndTheNextOneReplacesIt() throws IOException {
        publish(new Publisher(PublisherPdfTest.TEMPLATES), "first");
        Map<String, String> first = contents(target);
        Map<String, Map<String, String>> seenBetween = new TreeMap<>();
        Publisher failing = new Publisher(PublisherPdfTest.TEMPLATES, () -> {
            try (Stream<Path> siblings = Files.list(output)) {
                for (Path sibling : siblings.toList()) {
                    seenBetween.put(sibling.getFileName().toString(),
                            Files.isDirectory(sibling) ? contents(sibling) : Map.of());
                }
            }
            throw new IOException("simulated failure between the renames");
        });

        assertThatThrownBy(() -> publish(failing, "second")).isInstanceOf(PublicationException.class)
                .hasMessageContaining("simulated failure between the renames")
                .hasMessageContaining("The previous publication, if any, is unchanged");

        // Between the renames, the previous publication was whole, aside, and the new one whole, staged.
        assertThat(seenBetween.values()).contains(first);
        assertThat(seenBetween.values()).anySatisfy(staged -> assertThat(staged)
                .containsEntry("status/which.txt", "second").containsKey(EditionManifest.FILE_NAME));
        assertThat(contents(target)).isEqualTo(first);
        assertThat(siblings()).containsExactly("2026");

        publish(new Publisher(PublisherPdfTest.TEMPLATES), "third");
        assertThat(target.resolve("status/which.txt")).hasContent("third");
        assertThat(siblings()).containsExactly("2026");
    }

    @Test
    void aPublicationKilledBetweenItsRenamesLosesNothingAndTheNextPublicationRecovers() throws Exception {
        publish(new Publisher(PublisherPdfTest.TEMPLATES), "first");
        Map<String, String> first = contents(target);

        Process child = child("killed-between-renames", target);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(9);

        // The killed process had put the previous publication aside, whole, and staged the new one, whole.
        List<String> left = siblings();
        assertThat(left).doesNotContain("2026", "child-finished");
        String stem = left.stream().filter(n -> n.endsWith(".previous")).findFirst().orElseThrow()
                .replace(".previous", "");
        assertThat(left).containsExactlyInAnyOrder(stem, stem + ".previous", stem + ".lock");
        assertThat(contents(output.resolve(stem + ".previous"))).isEqualTo(first);
        assertThat(output.resolve(stem).resolve("status/which.txt")).hasContent("killed");

        publish(new Publisher(PublisherPdfTest.TEMPLATES), "next");

        assertThat(target.resolve("status/which.txt")).hasContent("next");
        assertThat(contents(target).keySet()).isEqualTo(first.keySet());
        assertThat(siblings()).containsExactly("2026");
    }

    @Test
    void theStagingFolderOfALivePublicationIsLeftAloneAndClearedOnceItsProcessIsGone() throws Exception {
        publish(new Publisher(PublisherPdfTest.TEMPLATES), "first");
        Path live = Files.createDirectory(output.resolve(".2026.publishing-1234567"));
        Files.writeString(live.resolve("half-written.pdf"), "%PDF-");
        Path lock = Files.writeString(output.resolve(".2026.publishing-1234567.lock"), "");
        // A staging folder of a version that had no lock files, and another edition's, which is not ours to clear.
        Path lockless = Files.createDirectory(output.resolve(".2026.publishing-99"));
        Path otherEdition = Files.createDirectory(output.resolve(".2025.publishing-42"));
        Process holder = child("hold-lock", lock);
        try (BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo("locked");

            publish(new Publisher(PublisherPdfTest.TEMPLATES), "second");

            assertThat(live.resolve("half-written.pdf")).exists();
            assertThat(lock).exists();
            assertThat(lockless).doesNotExist();
            assertThat(otherEdition).exists();
            assertThat(target.resolve("status/which.txt")).hasContent("second");

            holder.getOutputStream().close();
            assertThat(holder.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }

        publish(new Publisher(PublisherPdfTest.TEMPLATES), "third");

        assertThat(siblings()).containsExactlyInAnyOrder("2026", ".2025.publishing-42");
        assertThat(target.resolve("status/which.txt")).hasContent("third");
    }

    /** The test JVM's java with its class path, running {@link PublicationChild} from the project folder. */
    private static Process child(String mode, Path path) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                PublicationChild.class.getName(), mode, path.toString())
                .redirectErrorStream(true).start();
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file of a folder by its path inside it, with its bytes as text (ISO-8859-1 keeps every byte). */
    static Map<String, String> contents(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(directory.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return contents;
    }
}
