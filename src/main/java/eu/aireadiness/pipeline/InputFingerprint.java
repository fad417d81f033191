package eu.aireadiness.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.NoFollowFile;
import eu.aireadiness.intake.SubmissionLimits;

/**
 * A SHA-256 over the names and contents of every entry in the given folders: what identifies a run of the annual
 * job. The same inputs give the same job instance (a finished one is not run again, a failed one resumes); any
 * changed, added or removed file gives a new one.
 *
 * <p>It sees the folders as the intake does ({@link DropFolders}): a link, a folder or a named pipe is never opened
 * (what it is, and a link's target name, stand for it), a file larger than a submission may be is never read (its
 * size and time stand for it), names that are never submissions are left out, and so are files changed within the
 * settle interval: those are still being written, the intake leaves them for later, and so must the identity of the
 * run, or the next run would wrongly find the inputs unchanged.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    static String of(Duration settle, Path... folders) {
        Instant now = Instant.now();
        try {
            MessageDigest digest = Checksums.newDigest();
            for (Path folder : folders) {
                Path root = folder.toAbsolutePath().normalize();
                for (Path entry : entriesUnder(root)) {
                    String identity = identity(entry, settle, now);
                    if (identity == null) {
                        continue;
                    }
                    digest.update(root.relativize(entry).toString().replace('\\', '/')
                            .getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(identity.getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) 1);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs to fingerprint them: " + e.getMessage(), e);
        }
    }

    /** What stands for an entry, or null for an entry the intake does not look at now. */
    private static String identity(Path entry, Duration settle, Instant now) throws IOException {
        if (DropFolders.isIgnoredName(entry)) {
            return null;
        }
        try {
            BasicFileAttributes attributes = NoFollowFile.attributes(entry);
            if (attributes.isSymbolicLink()) {
                return "link to " + Files.readSymbolicLink(entry);
            }
            if (attributes.isDirectory()) {
                return "folder";
            }
            if (!attributes.isRegularFile()) {
                return "special file";
            }
            if (!DropFolders.isSettled(attributes, settle, now)) {
                return null;
            }
            if (attributes.size() > SubmissionLimits.DEFAULT.maxFileBytes()) {
                return "size " + attributes.size() + ", modified " + attributes.lastModifiedTime();
            }
            return NoFollowFile.sha256(entry, attributes.size());
        } catch (NoSuchFileException | NoFollowFile.Changed e) {
            return null; // gone, or still being written: the intake leaves it, and so does the identity
        } catch (NoFollowFile.NotRegular e) {
            return "replaced by another kind of entry";
        }
    }

    private static List<Path> entriesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(entry -> !entry.equals(root) && !insideAFolderOfACountryFolder(root, entry))
                    .sorted().toList();
        }
    }

    /**
     * Whether an entry lies in a folder inside a country's folder: the intake answers that folder, and never opens
     * what it holds, so neither does the fingerprint.
     */
    private static boolean insideAFolderOfACountryFolder(Path root, Path entry) {
        Path relative = root.relativize(entry);
        return relative.getNameCount() > 2 && relative.getName(0).toString().matches("[A-Z]{2}");
    }
}
