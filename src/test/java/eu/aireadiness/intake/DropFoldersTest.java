package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionFile;

/**
 * What the intake finds in the country folders: only regular files are opened, every other entry is listed as
 * skipped unopened, and files still being written or named as partial are left for later.
 */
class DropFoldersTest {

    private static final String SECRET = "SECRET-MARKER-b81d04";
    private static final List<Country> SLOVAKIA = List.of(new Country("SK", "Slovakia", "Slovensko"));

    @TempDir
    Path dir;

    @Test
    void skipsLinksFoldersAndPipesUnopenedAndStillReadsTheGoodFileBesideThem() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path outside = Files.writeString(dir.resolve("outside.csv"), CsvLines.HEADER + SECRET + "\n");
        Path good = Fixtures.copy("clean_comma.csv", input, "SK", "AIRI_2026_SK.csv");
        Path sk = good.getParent();
        Files.createSymbolicLink(sk.resolve("link_to_file.csv"), outside);
        Files.createSymbolicLink(sk.resolve("link_to_folder"), dir);
        Files.createSymbolicLink(sk.resolve("dangling.csv"), dir.resolve("nowhere.csv"));
        Files.createSymbolicLink(sk.resolve("loop.csv"), sk.resolve("loop.csv"));
        Files.createDirectories(sk.resolve("folder.csv"));
        mkfifo(sk.resolve("x.csv"));
        try (RandomAccessFile huge = new RandomAccessFile(sk.resolve("huge.csv").toFile(), "rw")) {
            huge.setLength(1024L * 1024 * 1024);
        }

        DropListing listing = assertTimeoutPreemptively(HostileFilesTest.HANG_GUARD, () -> DropFolders.list(
                new InputFolder(input), SLOVAKIA, Duration.ZERO, Instant.now(), SubmissionLimits.DEFAULT));
        Map<String, ReadResult> reads = assertTimeoutPreemptively(HostileFilesTest.HANG_GUARD, () -> listing.ready()
                .stream().collect(Collectors.toMap(SubmissionFile::fileName, f -> SubmissionReader.read(f.path()))));

        assertThat(reads).containsOnlyKeys("AIRI_2026_SK.csv", "huge.csv");
        assertThat(reads.get("AIRI_2026_SK.csv").problems()).isEmpty();
        assertThat(reads.get("AIRI_2026_SK.csv").rows()).hasSize(30);
        assertThat(reads.get("huge.csv").problems().get(0).rule()).isEqualTo("FILE_TOO_LARGE");
        assertThat(listing.skipped().stream().collect(Collectors.toMap(SkippedEntry::fileName, SkippedEntry::kind)))
                .isEqualTo(Map.of("link_to_file.csv", SkippedEntry.Kind.SYMBOLIC_LINK,
                        "link_to_folder", SkippedEntry.Kind.SYMBOLIC_LINK,
                        "dangling.csv", SkippedEntry.Kind.SYMBOLIC_LINK,
                        "loop.csv", SkippedEntry.Kind.SYMBOLIC_LINK,
                        "folder.csv", SkippedEntry.Kind.FOLDER,
                        "x.csv", SkippedEntry.Kind.SPECIAL_FILE));
        SkippedEntry link = listing.skipped().stream().filter(e -> e.fileName().equals("link_to_file.csv"))
                .findFirst().orElseThrow();
        assertThat(link.problem().rule()).isEqualTo("LINK_OUT_OF_FOLDER");
        assertThat(link.problem().message()).isEqualTo("SK/link_to_file.csv: this is a symbolic link (a shortcut)"
                + " to a file or folder elsewhere, which the intake does not follow so as never to read outside the"
                + " input folder. Copy the submission file itself into the country's folder and remove the link.");
        SkippedEntry pipe = listing.skipped().stream().filter(e -> e.fileName().equals("x.csv")).findFirst()
                .orElseThrow();
        assertThat(pipe.problem().rule()).isEqualTo("NOT_A_REGULAR_FILE");
        assertThat(listing.toString() + reads).doesNotContain(SECRET);
    }

    @Test
    void theReaderRefusesAPipeUnopened() throws Exception {
        Path pipe = Files.createDirectories(dir.resolve("SK")).resolve("x.csv");
        mkfifo(pipe);

        assertThat(HostileFilesTest.refusal(pipe).rule()).isEqualTo("NOT_A_REGULAR_FILE");
    }

    @Test
    void identifiesAnOversizedFileWithoutReadingItAndRefusesToDescribeALink() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("SK"));
        Path outside = Files.writeString(dir.resolve("outside.csv"), SECRET);
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), outside);
        Path huge = folder.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SubmissionLimits.MAX_FILE_BYTES + 1);
        }

        SubmissionFile oversized = DropFolders.describe(huge, "SK");

        assertThat(oversized.sizeBytes()).isEqualTo(SubmissionLimits.MAX_FILE_BYTES + 1);
        assertThat(oversized.sha256()).isEqualTo(sha256("file too large: " + (SubmissionLimits.MAX_FILE_BYTES + 1)
                + " bytes, modified " + oversized.lastModified()));
        assertThatThrownBy(() -> DropFolders.describe(link, "SK")).isInstanceOf(UncheckedIOException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void leavesLockTemporaryAndPartialFilesUntilTheyAreRenamed() throws IOException {
        for (String name : List.of("~$AIRI_2026_SK.xlsx", ".~lock.AIRI_2026_SK.xlsx#", "AIRI_2026_SK.xlsx.tmp",
                "AIRI_2026_SK.csv.crdownload", "AIRI_2026_SK.csv.filepart", "AIRI_2026_SK.csv~", ".hidden.csv",
                "AIRI_2026_SK.csv", "AIRI_2026_SK_v2.csv.part")) {
            Fixtures.write(dir, "SK", name, CsvLines.HEADER.getBytes(StandardCharsets.US_ASCII));
        }
        InputFolder input = new InputFolder(dir);

        List<SubmissionFile> before = DropFolders.files(input, SLOVAKIA, Duration.ZERO, Instant.now(),
                SubmissionLimits.DEFAULT);
        Files.move(dir.resolve("SK/AIRI_2026_SK_v2.csv.part"), dir.resolve("SK/AIRI_2026_SK_v2.csv"));
        List<SubmissionFile> after = DropFolders.files(input, SLOVAKIA, Duration.ZERO, Instant.now(),
                SubmissionLimits.DEFAULT);

        assertThat(before).extracting(SubmissionFile::fileName).containsExactly("AIRI_2026_SK.csv");
        assertThat(after).extracting(SubmissionFile::fileName)
                .containsExactlyInAnyOrder("AIRI_2026_SK.csv", "AIRI_2026_SK_v2.csv");
    }

    @Test
    void leavesAFileChangedWithinTheSettleIntervalForALaterIntake() throws IOException {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Path settled = Fixtures.write(dir, "SK", "settled.csv", new byte[] {'a'});
        Path writing = Fixtures.write(dir, "SK", "writing.csv", new byte[] {'a'});
        Files.setLastModifiedTime(settled, FileTime.from(now.minusSeconds(11)));
        // Its first part was written 5 s ago; the second is still to come.
        Files.setLastModifiedTime(writing, FileTime.from(now.minusSeconds(5)));
        InputFolder input = new InputFolder(dir);

        DropListing waiting = DropFolders.list(input, SLOVAKIA, DropFolders.DEFAULT_SETTLE, now,
                SubmissionLimits.DEFAULT);
        DropListing later = DropFolders.list(input, SLOVAKIA, DropFolders.DEFAULT_SETTLE, now.plusSeconds(6),
                SubmissionLimits.DEFAULT);

        assertThat(waiting.ready()).extracting(SubmissionFile::fileName).containsExactly("settled.csv");
        assertThat(waiting.settling()).containsExactly(writing);
        assertThat(later.ready()).extracting(SubmissionFile::fileName).containsExactly("settled.csv", "writing.csv");
        assertThat(later.settling()).isEmpty();
        assertThat(DropFolders.needsIntake(writing, now, DropFolders.DEFAULT_SETTLE)).isFalse();
        assertThat(DropFolders.needsIntake(writing, now.plusSeconds(6), DropFolders.DEFAULT_SETTLE)).isTrue();
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo " + path).isZero();
    }

    private static String sha256(String text) {
        return java.util.HexFormat.of().formatHex(eu.aireadiness.framework.Checksums.newDigest()
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
