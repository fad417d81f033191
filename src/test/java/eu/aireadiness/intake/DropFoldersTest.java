package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
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
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionFile;

/** What the intake finds in the country folders: links are listed unfollowed, unfinished files are left for later. */
class DropFoldersTest {

    private static final String SECRET = "SECRET-MARKER-b81d04";
    private static final List<Country> SLOVAKIA = List.of(new Country("SK", "Slovakia", "Slovensko"));

    @TempDir
    Path dir;

    @Test
    void refusesLinksAndHostileFilesAndStillReadsTheGoodFileBesideThem() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path outside = Files.writeString(dir.resolve("outside.csv"), CsvLines.HEADER + SECRET + "\n");
        Path good = Fixtures.copy("clean_comma.csv", input, "SK", "AIRI_2026_SK.csv");
        Files.createSymbolicLink(input.resolve("SK").resolve("link_to_file.csv"), outside);
        Files.createSymbolicLink(input.resolve("SK").resolve("link_to_folder"), dir);
        try (RandomAccessFile huge = new RandomAccessFile(input.resolve("SK").resolve("huge.csv").toFile(), "rw")) {
            huge.setLength(1024L * 1024 * 1024);
        }

        Map<String, ReadResult> reads = assertTimeoutPreemptively(HostileFilesTest.HANG_GUARD, () -> DropFolders
                .files(new InputFolder(input), SLOVAKIA, Duration.ZERO, Instant.now(), SubmissionLimits.DEFAULT)
                .stream().collect(Collectors.toMap(SubmissionFile::fileName, f -> SubmissionReader.read(f.path()))));

        assertThat(reads).containsOnlyKeys("AIRI_2026_SK.csv", "link_to_file.csv", "link_to_folder", "huge.csv");
        assertThat(reads.get("AIRI_2026_SK.csv").problems()).isEmpty();
        assertThat(reads.get("AIRI_2026_SK.csv").rows()).hasSize(30);
        assertThat(rule(reads.get("huge.csv"))).isEqualTo("FILE_TOO_LARGE");
        for (String link : List.of("link_to_file.csv", "link_to_folder")) {
            ValidationProblem problem = reads.get(link).problems().get(0);
            assertThat(problem.rule()).isEqualTo("LINK_OUT_OF_FOLDER");
            assertThat(problem.message()).isEqualTo("SK/" + link + ": this is a symbolic link (a shortcut) to a file"
                    + " or folder elsewhere, which the intake does not follow so as never to read outside the input"
                    + " folder. Copy the submission file itself into the country's folder and remove the link.");
            assertThat(reads.get(link).toString()).doesNotContain(SECRET);
        }
        assertThat(good).exists();
    }

    @Test
    void identifiesALinkAndAnOversizedFileWithoutReadingThem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("SK"));
        Path outside = Files.writeString(dir.resolve("outside.csv"), SECRET);
        Path link = Files.createSymbolicLink(folder.resolve("link.csv"), outside);
        Path huge = folder.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SubmissionLimits.MAX_FILE_BYTES + 1);
        }

        SubmissionFile linked = DropFolders.describe(link, "SK");
        SubmissionFile oversized = DropFolders.describe(huge, "SK");

        assertThat(linked.sizeBytes()).isZero();
        assertThat(linked.sha256()).isEqualTo(sha256("symbolic link to " + outside))
                .isNotEqualTo(sha256(SECRET));
        assertThat(oversized.sizeBytes()).isEqualTo(SubmissionLimits.MAX_FILE_BYTES + 1);
        assertThat(oversized.sha256()).isEqualTo(sha256("file too large: " + (SubmissionLimits.MAX_FILE_BYTES + 1)
                + " bytes, modified " + oversized.lastModified()));
    }

    @Test
    void leavesLockTemporaryAndDownloadingFilesForLater() throws IOException {
        for (String name : List.of("~$AIRI_2026_SK.xlsx", ".~lock.AIRI_2026_SK.xlsx#", "AIRI_2026_SK.xlsx.tmp",
                "AIRI_2026_SK.csv.crdownload", "AIRI_2026_SK.csv.part", "AIRI_2026_SK.csv~", ".hidden.csv",
                "AIRI_2026_SK.csv")) {
            Fixtures.write(dir, "SK", name, CsvLines.HEADER.getBytes(StandardCharsets.US_ASCII));
        }

        List<SubmissionFile> files = DropFolders.files(new InputFolder(dir), SLOVAKIA, Duration.ZERO, Instant.now(),
                SubmissionLimits.DEFAULT);

        assertThat(files).extracting(SubmissionFile::fileName).containsExactly("AIRI_2026_SK.csv");
    }

    @Test
    void leavesAFileModifiedWithinTheQuietPeriodForTheNextRun() throws IOException {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Path settled = Fixtures.write(dir, "SK", "settled.csv", new byte[] {'a'});
        Path copying = Fixtures.write(dir, "SK", "copying.csv", new byte[] {'a'});
        Files.setLastModifiedTime(settled, FileTime.from(now.minusSeconds(3)));
        Files.setLastModifiedTime(copying, FileTime.from(now.minusMillis(1_500)));

        List<SubmissionFile> waiting = DropFolders.files(new InputFolder(dir), SLOVAKIA,
                DropFolders.DEFAULT_QUIET_PERIOD, now, SubmissionLimits.DEFAULT);
        List<SubmissionFile> later = DropFolders.files(new InputFolder(dir), SLOVAKIA,
                DropFolders.DEFAULT_QUIET_PERIOD, now.plusSeconds(1), SubmissionLimits.DEFAULT);

        assertThat(waiting).extracting(SubmissionFile::fileName).containsExactly("settled.csv");
        assertThat(later).extracting(SubmissionFile::fileName).containsExactly("settled.csv", "copying.csv");
    }

    private static String rule(ReadResult read) {
        return read.problems().get(0).rule();
    }

    private static String sha256(String text) {
        return java.util.HexFormat.of().formatHex(eu.aireadiness.framework.Checksums.newDigest()
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
