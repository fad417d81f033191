package eu.aireadiness.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.submission.SubmissionFile;

/**
 * Keeps a read-only copy of every received file, accepted or rejected, as {@code <archive>/<CC>/<sha256>-<file
 * name>}: the officer's original stays where it was, untouched, and the copy proves which bytes a stored version
 * came from even after the original was replaced or removed.
 */
public final class SubmissionArchive {

    private final Path root;

    public SubmissionArchive(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Copies the file into the archive and returns where the copy lies. A copy already there with the same content
     * (a run that stopped after archiving) is kept as it is.
     */
    public Path keep(SubmissionFile file) {
        Path target = root.resolve(file.folderCountry()).resolve(file.sha256() + "-" + file.fileName());
        try {
            if (Files.exists(target)) {
                requireContent(target, file, target);
                return target;
            }
            Files.createDirectories(target.getParent());
            // Copied under a temporary name and moved into place, so that a copy cut short is never taken as whole.
            Path partial = Files.createTempFile(target.getParent(), ".archiving-", ".part");
            try {
                Files.copy(file.path(), partial, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
                requireContent(partial, file, target);
                makeReadOnly(partial);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (NoSuchFileException e) {
            throw new FileVanished(file, file.path() + " was removed before it could be archived", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + file.path() + " as " + target + ": " + e
                    + ". Check that the archive folder (readiness.archive) is writable.", e);
        }
    }

    private static void requireContent(Path copy, SubmissionFile file, Path target) {
        String found = Checksums.sha256(copy);
        if (!found.equals(file.sha256())) {
            throw new FileChangedWhileRead(file, "the archive copy " + target + " has SHA-256 " + found + " but "
                    + file.path() + " had " + file.sha256() + " when it was read: the file changed while the"
                    + " intake was running, or the archive was altered. Run again once the file is complete.", null);
        }
    }

    private static void makeReadOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        } else if (!file.toFile().setReadOnly()) {
            throw new IOException("cannot make " + file + " read-only");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
