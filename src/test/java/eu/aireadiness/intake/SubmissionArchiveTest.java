package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.submission.SubmissionFile;

/**
 * The archive copy, the one read of an officer's file after it was listed: opened once without following links,
 * refused unopened when it is no regular file, its size checked before a byte is copied, and its checksum compared
 * with the one taken when it was listed.
 */
class SubmissionArchiveTest {

    private static final String SECRET = "SECRET-MARKER-5e21c7";

    @TempDir
    Path dir;

    @Test
    void copiesTheFileReadOnlyUnderABoundedNameWhateverItsOriginalName() throws IOException {
        // 251 characters and ".csv": 255 bytes, the longest name the file system allows.
        String longest = "A".repeat(251) + ".csv";
        Path file = Fixtures.copy("clean_comma.csv", dir.resolve("input"), "SK", longest);
        SubmissionFile listed = DropFolders.describe(file, "SK");

        Path copy = new SubmissionArchive(dir.resolve("archive")).keep(listed);

        assertThat(copy.getParent()).isEqualTo(dir.resolve("archive/SK"));
        assertThat(copy.getFileName().toString()).isEqualTo(listed.sha256() + "-" + "A".repeat(60) + ".csv");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("r--r--r--");
        assertThat(new SubmissionArchive(dir.resolve("archive")).keep(listed)).as("kept once").isEqualTo(copy);
    }

    @Test
    void namesTheCopyWithSafeCharactersOnlyAndKeepsTheExtension() {
        String sha = "0".repeat(64);

        assertThat(SubmissionArchive.archiveName(sha, "AIRI 2026\nSK\u202Ecod.exe.csv"))
                .isEqualTo(sha + "-AIRI_2026_SK_cod_exe.csv");
        assertThat(SubmissionArchive.archiveName(sha, "é".repeat(125) + ".xlsx"))
                .isEqualTo(sha + "-" + "_".repeat(60) + ".xlsx");
        assertThat(SubmissionArchive.archiveName(sha, ".csv")).isEqualTo(sha + "-_csv");
    }

    @Test
    void refusesALinkPutInTheFilesPlaceAfterItWasListedWithoutReadingIt() throws IOException {
        Path file = Fixtures.copy("clean_comma.csv", dir.resolve("input"), "SK", "AIRI_2026_SK.csv");
        SubmissionFile listed = DropFolders.describe(file, "SK");
        Path outside = Files.writeString(dir.resolve("outside.csv"), SECRET);
        Files.delete(file);
        Files.createSymbolicLink(file, outside);

        assertThatThrownBy(() -> new SubmissionArchive(dir.resolve("archive")).keep(listed))
                .isInstanceOf(SubmissionFileUnreadable.class).hasMessageStartingWith("SK/AIRI_2026_SK.csv: this is"
                        + " no longer a regular file");
        assertThat(archived()).isEmpty();
    }

    @Test
    void refusesAPipePutInTheFilesPlaceWithoutOpeningIt() throws Exception {
        Path file = Fixtures.copy("clean_comma.csv", dir.resolve("input"), "SK", "x.csv");
        SubmissionFile listed = DropFolders.describe(file, "SK");
        Files.delete(file);
        DropFoldersTest.mkfifo(file);

        assertTimeoutPreemptively(HostileFilesTest.HANG_GUARD, () -> assertThatThrownBy(
                () -> new SubmissionArchive(dir.resolve("archive")).keep(listed))
                .isInstanceOf(SubmissionFileUnreadable.class));
        assertThat(archived()).isEmpty();
    }

    @Test
    void aFileChangedSinceItWasListedIsNotArchived() throws IOException {
        Path file = Fixtures.copy("clean_comma.csv", dir.resolve("input"), "SK", "AIRI_2026_SK.csv");
        SubmissionFile listed = DropFolders.describe(file, "SK");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] = (byte) (bytes[bytes.length - 2] == '1' ? '2' : '1'); // same size, other content
        Files.write(file, bytes);

        assertThatThrownBy(() -> new SubmissionArchive(dir.resolve("archive")).keep(listed))
                .isInstanceOf(FileChangedWhileRead.class).hasMessageContaining("still being written");
        Files.write(file, "more,rows\n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> new SubmissionArchive(dir.resolve("archive")).keep(listed))
                .isInstanceOf(FileChangedWhileRead.class);
        assertThat(archived()).isEmpty();
    }

    @Test
    void aFileRemovedSinceItWasListedHasVanished() throws IOException {
        Path file = Fixtures.copy("clean_comma.csv", dir.resolve("input"), "SK", "AIRI_2026_SK.csv");
        SubmissionFile listed = DropFolders.describe(file, "SK");
        Files.delete(file);

        assertThatThrownBy(() -> new SubmissionArchive(dir.resolve("archive")).keep(listed))
                .isInstanceOf(FileVanished.class).extracting(e -> ((FileVanished) e).file()).isEqualTo(listed);
    }

    @Test
    void aFileOfTwoGigabytesIsRefusedBeforeAByteIsCopied() throws IOException {
        Path file = Files.createDirectories(dir.resolve("input/SK")).resolve("huge.csv");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(2L * 1024 * 1024 * 1024);
        }
        SubmissionFile listed = DropFolders.describe(file, "SK");

        assertTimeoutPreemptively(HostileFilesTest.HANG_GUARD, () -> assertThatThrownBy(
                () -> new SubmissionArchive(dir.resolve("archive")).keep(listed))
                .isInstanceOf(SubmissionFileUnreadable.class)
                .hasMessage("SK/huge.csv: the file is 2,048 MB, more than the 20 MB a submission may be, so it was"
                        + " not copied. Send only the submission table."));
        assertThat(archived()).isEmpty();
    }

    /** Every file in the archive folder, partial copies included. */
    private List<Path> archived() throws IOException {
        Path archive = dir.resolve("archive");
        if (!Files.exists(archive)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(archive)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
