package eu.aireadiness.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.submission.SubmissionFile;

/**
 * Keeps a read-only copy of every received file, accepted or rejected, as {@code <archive>/<CC>/<sha256>-<name>}:
 * the officer's original stays where it was, untouched, and the copy proves which bytes a stored version came from
 * even after the original was replaced or removed. The copy is the only time the officer's file is read after it
 * was listed: what is checked and stored is read from the copy.
 *
 * <p>The name of the copy is bounded: the checksum and at most {@value #MAX_STEM} characters of the original name,
 * reduced to letters, digits, '.', '-' and '_', with its extension kept (the readers go by it). A name of 255 bytes,
 * the most a file system allows, would otherwise give a copy's name no file system takes. The original name is kept
 * in the database.
 */
public final class SubmissionArchive {

    static final int MAX_STEM = 60;
    private static final int MAX_EXTENSION = 8;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path root;
    private final SubmissionLimits limits;

    public SubmissionArchive(Path root) {
        this(root, SubmissionLimits.DEFAULT);
    }

    public SubmissionArchive(Path root, SubmissionLimits limits) {
        this.root = root.toAbsolutePath().normalize();
        this.limits = limits;
    }

    /**
     * Copies the file into the archive and returns where the copy lies. The file is opened once, without following
     * a link, and only if it is a regular file; its size is checked before a byte is copied, at most the size
     * limit is copied, and the SHA-256 computed while copying must be the one taken when the file was listed. A
     * copy already there with the same content (a run that stopped after archiving) is kept as it is.
     *
     * @throws FileChangedWhileRead     when the file's size or content is not what was listed: it is being written
     * @throws FileVanished             when the file was removed or renamed since it was listed
     * @throws SubmissionFileUnreadable when it is not a regular file (a link put in its place, a pipe), is larger
     *                                  than the size limit, or cannot be read
     * @throws UncheckedIOException     when the archive folder cannot be written: a failure of the intake itself
     */
    public Path keep(SubmissionFile file) {
        Path target = root.resolve(file.folderCountry()).resolve(archiveName(file.sha256(), file.fileName()));
        if (Files.exists(target)) {
            requireArchivedContent(target, file);
            return target;
        }
        Path folder = createFolder(target.getParent());
        try (FileChannel source = openSource(file)) {
            Path partial = createPartial(folder);
            try {
                String found = copy(file, source, partial);
                if (!found.equals(file.sha256())) {
                    throw new FileChangedWhileRead(file, file.label() + ": the file changed while it was copied"
                            + " (SHA-256 " + found + ", listed as " + file.sha256() + "); it is still being written"
                            + " and is taken in at a later intake, once it is complete.", null);
                }
                finish(partial, target);
            } finally {
                deletePartial(partial);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return target;
    }

    /**
     * The name of a file's copy: its checksum, then its name reduced to safe characters and shortened, the
     * extension kept. Under 140 bytes whatever the original name.
     */
    static String archiveName(String sha256, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 ? safe(fileName.substring(dot + 1)) : "";
        String stem = safe(dot > 0 ? fileName.substring(0, dot) : fileName);
        stem = stem.substring(0, Math.min(stem.length(), MAX_STEM));
        extension = extension.substring(0, Math.min(extension.length(), MAX_EXTENSION)).toLowerCase(Locale.ROOT);
        return sha256 + "-" + stem + (extension.isEmpty() ? "" : "." + extension);
    }

    /** Letters and digits of ASCII, '-' and '_'; anything else (a dot, a space, a control) becomes '_'. */
    private static String safe(String text) {
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_STEM));
        text.codePoints().limit(MAX_STEM).forEach(c -> safe.append(c < 128 && (Character.isLetterOrDigit(c)
                || c == '-' || c == '_') ? (char) c : '_'));
        return safe.toString();
    }

    private FileChannel openSource(SubmissionFile file) {
        FileChannel source;
        try {
            source = NoFollowFile.open(file.path());
        } catch (NoSuchFileException e) {
            throw new FileVanished(file, file.label() + ": the file was removed or renamed before it could be"
                    + " copied; nothing was taken in.", e);
        } catch (NoFollowFile.NotRegular e) {
            throw new SubmissionFileUnreadable(file, file.label() + ": this is no longer a regular file (a link or"
                    + " another kind of entry was put in its place), so it was not opened. Drop the submission as an"
                    + " ordinary .csv or .xlsx file.", e);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        long size;
        try {
            size = source.size();
        } catch (IOException e) {
            closeQuietly(source);
            throw unreadable(file, e);
        }
        if (size > limits.maxFileBytes()) {
            closeQuietly(source);
            throw new SubmissionFileUnreadable(file, file.label() + ": the file is " + SubmissionLimits.size(size)
                    + ", more than the " + SubmissionLimits.size(limits.maxFileBytes()) + " a submission may be, so it"
                    + " was not copied. Send only the submission table.", null);
        }
        if (size != file.sizeBytes()) {
            closeQuietly(source);
            throw changedSize(file, size);
        }
        return source;
    }

    /**
     * Copies at most the listed size (and one byte more, to see that the file grew), hashing the bytes as they go;
     * returns their SHA-256. A failure to write the copy is the archive's, not the file's.
     */
    private static String copy(SubmissionFile file, FileChannel source, Path partial) throws IOException {
        MessageDigest digest = Checksums.newDigest();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        long copied = 0;
        OutputStream out = openPartial(partial);
        try {
            int n;
            while (copied <= file.sizeBytes() && (n = source.read(buffer)) >= 0) {
                copied += n;
                if (copied > file.sizeBytes()) {
                    throw changedSize(file, copied);
                }
                buffer.flip();
                digest.update(buffer.duplicate());
                writeArchive(out, buffer, partial);
                buffer.clear();
            }
        } finally {
            closePartial(out, partial);
        }
        if (copied != file.sizeBytes()) {
            throw changedSize(file, copied);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static OutputStream openPartial(Path partial) {
        try {
            return Files.newOutputStream(partial);
        } catch (IOException e) {
            throw archiveFailure("cannot write " + partial, e);
        }
    }

    private static void closePartial(OutputStream out, Path partial) {
        try {
            out.close();
        } catch (IOException e) {
            throw archiveFailure("cannot write " + partial, e);
        }
    }

    private static void writeArchive(OutputStream out, ByteBuffer buffer, Path partial) {
        try {
            out.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        } catch (IOException e) {
            throw archiveFailure("cannot write " + partial, e);
        }
    }

    private static FileChangedWhileRead changedSize(SubmissionFile file, long found) {
        return new FileChangedWhileRead(file, file.label() + ": the file was " + file.sizeBytes() + " bytes when it"
                + " was listed and has " + found + " now; it is still being written and is taken in at a later"
                + " intake, once it is complete.", null);
    }

    private static SubmissionFileUnreadable unreadable(SubmissionFile file, IOException e) {
        return new SubmissionFileUnreadable(file, file.label() + ": the file could not be read ("
                + e.getClass().getSimpleName() + "). Check that it is not open in another program, then drop it"
                + " again.", e);
    }

    /** A copy already in the archive must hold the listed bytes, or the archive was altered: the intake stops. */
    private static void requireArchivedContent(Path copy, SubmissionFile file) {
        String found;
        try {
            found = NoFollowFile.sha256(copy, Files.size(copy));
        } catch (IOException e) {
            throw archiveFailure("cannot read the archived copy " + copy, e);
        }
        if (!found.equals(file.sha256())) {
            throw archiveFailure("the archived copy " + copy + " has SHA-256 " + found + " but its name says "
                    + file.sha256() + ": the archive was altered. Restore it from a backup, or move the copy"
                    + " aside and run again", null);
        }
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw archiveFailure("cannot create the archive folder " + folder, e);
        }
    }

    /** Copied under a temporary name and moved into place, so that a copy cut short is never taken as whole. */
    private static Path createPartial(Path folder) {
        try {
            return Files.createTempFile(folder, ".archiving-", ".part");
        } catch (IOException e) {
            throw archiveFailure("cannot write in the archive folder " + folder, e);
        }
    }

    private static void finish(Path partial, Path target) {
        try {
            makeReadOnly(partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (IOException e) {
            throw archiveFailure("cannot move the copy into place as " + target, e);
        }
    }

    private static void deletePartial(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw archiveFailure("cannot remove the partial copy " + partial, e);
        }
    }

    private static UncheckedIOException archiveFailure(String what, IOException cause) {
        String message = what + (cause == null ? "" : ": " + cause) + ". Check that the archive folder"
                + " (readiness.archive) is writable.";
        return new UncheckedIOException(message, cause == null ? new IOException(message) : cause);
    }

    private static void makeReadOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } else if (!file.toFile().setReadOnly()) {
            throw new IOException("cannot make " + file + " read-only");
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Only read from: nothing is lost by a failed close.
        }
    }

}
