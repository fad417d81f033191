package eu.aireadiness.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.intake.SkippedEntry;

/** The answer to an entry the intake skipped, written where a planted link cannot redirect it. */
class SkippedEntryFeedbackTest {

    @TempDir
    Path dir;

    @Test
    void replacesALinkPlantedAtTheFeedbacksNameInsteadOfWritingThroughIt() throws IOException {
        Path sk = Files.createDirectories(dir.resolve("input/SK"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "untouched");
        Path link = Files.createSymbolicLink(sk.resolve("link.csv"), victim);
        Files.createSymbolicLink(sk.resolve("link.csv.feedback.txt"), victim);
        Files.createSymbolicLink(sk.resolve("link.csv.feedback.csv"), victim);

        SkippedEntry entry = new SkippedEntry(link, "SK", SkippedEntry.Kind.SYMBOLIC_LINK);

        assertThat(SkippedEntryFeedback.write(entry)).as("a new answer").isTrue();
        assertThat(SkippedEntryFeedback.write(entry)).as("the same answer, left as it was").isFalse();
        assertThat(Files.readString(victim)).isEqualTo("untouched");
        Path text = sk.resolve("link.csv.feedback.txt");
        assertThat(Files.isRegularFile(text, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isRegularFile(sk.resolve("link.csv.feedback.csv"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.readString(text)).contains("Feedback on SK/link.csv", "SKIPPED",
                "this is a symbolic link (a shortcut)");
        assertThat(Files.readString(sk.resolve("link.csv.feedback.csv")))
                .contains("link.csv,0,,,ERROR,LINK_OUT_OF_FOLDER,");
        try (var entries = Files.list(sk)) {
            assertThat(entries.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactlyInAnyOrder("link.csv", "link.csv.feedback.txt", "link.csv.feedback.csv");
        }
    }

    @Test
    void flagsANameThatShowsItsTextInAnotherOrder() throws IOException {
        Path sk = Files.createDirectories(dir.resolve("input/SK"));
        Path folder = Files.createDirectories(sk.resolve("AIRI_2026_\u202Evsc.xlsx"));

        SkippedEntryFeedback.write(new SkippedEntry(folder, "SK", SkippedEntry.Kind.FOLDER));

        String text = Files.readString(sk.resolve("AIRI_2026_\u202Evsc.xlsx.feedback.txt"));
        assertThat(text).startsWith("Feedback on SK/AIRI_2026_\\u202Evsc.xlsx\n")
                .contains("make it show its text in a different order than it is stored").contains("Rename the file")
                .doesNotContain("\u202E");
        assertThat(Files.readString(sk.resolve("AIRI_2026_\u202Evsc.xlsx.feedback.csv")))
                .contains("WARNING,FILE_NAME_REORDERED");
    }
}
