package eu.aireadiness.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Writes a feedback file into a drop folder, where anyone who may drop files may also have planted something at the
 * feedback's name. The text is written into a new file of a random hidden name (created exclusively, so never through
 * a link) and renamed over the feedback's name: a rename replaces a link there by the file instead of writing where
 * the link points. A feedback file that already says the same is left as it is, so that answering the same entry at
 * every intake changes nothing.
 */
final class FeedbackFileWrite {

    private FeedbackFileWrite() {
    }

    /** Writes the content at the target's name; false when the target already held it, and was left alone. */
    static boolean replace(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (holds(target, bytes)) {
            return false;
        }
        Path folder = target.toAbsolutePath().getParent();
        Path fresh = Files.createTempFile(folder, ".feedback-", ".tmp");
        try {
            Files.write(fresh, bytes, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                // Temporary files are the owner's only; feedback is for the officers who share the folder.
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(fresh);
        }
        return true;
    }

    /** Whether the target is a regular file (not a link) that already holds these bytes. */
    private static boolean holds(Path target, byte[] bytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile() || attributes.size() != bytes.length) {
            return false;
        }
        try (InputStream in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
            return Arrays.equals(in.readNBytes(bytes.length + 1), bytes);
        }
    }
}
