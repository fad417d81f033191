package eu.aireadiness.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;

import eu.aireadiness.framework.Checksums;

/**
 * Opens a dropped file without following a link, and only when it is a regular file. Its attributes are read first
 * without following a link, so that a named pipe, which would block whoever opens it, is never opened; the open
 * itself refuses a link put in its place since (O_NOFOLLOW).
 */
public final class NoFollowFile {

    /** Thrown when the entry is not a regular file: the caller skips it rather than opening it. */
    public static final class NotRegular extends IOException {
        NotRegular(Path path) {
            super(path.getFileName() + " is not a regular file");
        }
    }

    /** Thrown when a file's length is not the size it had when listed: it is still being written. */
    public static final class Changed extends IOException {
        Changed(Path path, long expected, long found) {
            super(path.getFileName() + " was " + expected + " bytes when listed and has " + found + " now");
        }
    }

    private NoFollowFile() {
    }

    public static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** Opens a regular file for reading; anything else is refused unopened. */
    static FileChannel open(Path path) throws IOException {
        if (!attributes(path).isRegularFile()) {
            throw new NotRegular(path);
        }
        try {
            return FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
            // A link put in the file's place after its attributes were read: ELOOP under O_NOFOLLOW.
            if (Files.isSymbolicLink(path)) {
                throw new NotRegular(path);
            }
            throw e;
        }
    }

    /**
     * The SHA-256 of a regular file's bytes, read through one no-follow open, when it holds {@code size} bytes:
     * reading stops one byte past it, so that a file growing while it is read costs no more than its listed size.
     *
     * @throws Changed when the file holds more or fewer bytes than {@code size}
     */
    public static String sha256(Path path, long size) throws IOException {
        MessageDigest digest = Checksums.newDigest();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long read = 0;
        try (FileChannel channel = open(path)) {
            int n;
            while (read <= size && (n = channel.read(buffer)) >= 0) {
                read += n;
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
        }
        if (read != size) {
            throw new Changed(path, size, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
