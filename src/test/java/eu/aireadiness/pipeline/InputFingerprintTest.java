package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity of a run sees the drop folders as the intake does: what is ready, what is still being written. */
class InputFingerprintTest {

    private static final Duration SETTLE = Duration.ofSeconds(10);

    @TempDir
    Path input;

    @Test
    void changesWhenAFileHasSettledOrAnEntryToAnswerAppearsAndOnlyThen() throws Exception {
        Path sk = Files.createDirectories(input.resolve("SK"));
        settled(Files.writeString(sk.resolve("AIRI_2026_SK.csv"), "first"));
        String before = InputFingerprint.of(SETTLE, input);

        Path writing = Files.writeString(sk.resolve("AIRI_2026_SK_v2.csv"), "half");
        Files.writeString(sk.resolve("AIRI_2026_SK_v3.csv.part"), "uploading");
        settled(Files.writeString(sk.resolve(".hidden.csv"), "hidden"));
        assertThat(InputFingerprint.of(SETTLE, input)).as("a file still being written, a partial and a hidden"
                + " file").isEqualTo(before);

        settled(writing);
        String complete = InputFingerprint.of(SETTLE, input);
        assertThat(complete).isNotEqualTo(before);

        Files.createSymbolicLink(sk.resolve("dangling.csv"), input.resolve("nowhere.csv"));
        String linked = InputFingerprint.of(SETTLE, input);
        assertThat(linked).as("a link, answered by the intake").isNotEqualTo(complete);

        Path folder = Files.createDirectories(sk.resolve("old"));
        String withFolder = InputFingerprint.of(SETTLE, input);
        assertThat(withFolder).as("a folder, answered by the intake").isNotEqualTo(linked);
        settled(Files.writeString(folder.resolve("inside.csv"), "never opened"));
        assertThat(InputFingerprint.of(SETTLE, input)).as("what a folder in a country's folder holds")
                .isEqualTo(withFolder);

        Process mkfifo = new ProcessBuilder("mkfifo", sk.resolve("x.csv").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        String piped = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> InputFingerprint.of(SETTLE, input),
                "a named pipe is never opened");
        assertThat(piped).isNotEqualTo(withFolder);
    }

    private static Path settled(Path file) throws IOException {
        return Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }
}
