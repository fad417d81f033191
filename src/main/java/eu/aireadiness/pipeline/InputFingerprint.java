package eu.aireadiness.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.SubmissionLimits;
import eu.aireadiness.intake.FeedbackFiles;

/**
 * A SHA-256 over the names and contents of every file in the given folders: what identifies a run of the annual
 * job. The same inputs give the same job instance (a finished one is not run again, a failed one resumes); any
 * changed, added or removed file gives a new one.
 *
 * <p>Like the intake, it never follows a symbolic link (the link's target name stands for it), never reads a file
 * larger than a submission may be (its size and time stand for it), and leaves out files changed within the
 * intake's quiet period: those are still being copied, the intake leaves them for later, and so must the identity
 * of the run, or the next run would wrongly find the inputs unchanged.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    static String of(Path... folders) {
        try {
            MessageDigest digest = Checksums.newDigest();
            for (Path folder : folders) {
                Path root = folder.toAbsolutePath().normalize();
                for (Path file : filesUnder(root)) {
                    digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(identity(file).getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) 1);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs to fingerprint them: " + e.getMessage(), e);
        }
    }

    private static String identity(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            return "link to " + Files.readSymbolicLink(file);
        }
        long size = Files.size(file);
        if (size > SubmissionLimits.DEFAULT.maxFileBytes()) {
            return "size " + size + ", modified " + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        }
        return Checksums.sha256(file);
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Instant settled = Instant.now().minus(DropFolders.DEFAULT_QUIET_PERIOD);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isSymbolicLink(p) || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> lastModified(p).isBefore(settled))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    // The feedback the intake writes next to officers' files is output: a rerun stays up to date.
                    .filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the time of " + file + ": " + e.getMessage(), e);
        }
    }
}
