package eu.aireadiness.publication;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder a publication is written into before it replaces the edition's folder: {@code .<year>.publishing-NNN}
 * next to it, with {@code .<year>.publishing-NNN.previous} for the publication it replaces while the two are
 * swapped. The process that owns it holds an operating-system lock on {@code .<year>.publishing-NNN.lock} for as
 * long as it works, which the system releases even when the process is killed: a staging folder whose lock can be
 * taken is a leftover, which a later publication of the same edition clears ({@link #clearLeftovers}), and one whose
 * lock is held belongs to a live publication and is left alone.
 */
final class StagingFolder implements AutoCloseable {

    static final String INFIX = ".publishing-";
    static final String PREVIOUS = ".previous";
    static final String LOCK = ".lock";

    private final Path folder;
    private final Path lockFile;
    private final FileChannel channel;

    private StagingFolder(Path folder, Path lockFile, FileChannel channel) {
        this.folder = folder;
        this.lockFile = lockFile;
        this.channel = channel;
    }

    /** Creates and locks a new staging folder next to {@code target}. */
    static StagingFolder create(Path target) throws IOException {
        String prefix = "." + target.getFileName() + INFIX;
        while (true) {
            Path lockFile = Files.createTempFile(target.getParent(), prefix, LOCK);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            channel.lock();
            // Another publication clearing leftovers may have taken the lock file between its creation and our lock,
            // and removed it: then our lock guards nothing, so start again under a new name.
            if (!Files.exists(lockFile)) {
                channel.close();
                continue;
            }
            String name = lockFile.getFileName().toString();
            Path folder = lockFile.resolveSibling(name.substring(0, name.length() - LOCK.length()));
            try {
                Files.createDirectory(folder);
            } catch (IOException e) {
                channel.close();
                Files.deleteIfExists(lockFile);
                throw e;
            }
            return new StagingFolder(folder, lockFile, channel);
        }
    }

    Path folder() {
        return folder;
    }

    /** Where the publication being replaced is kept while the new one is moved in. */
    Path previous() {
        return folder.resolveSibling(folder.getFileName() + PREVIOUS);
    }

    /**
     * Removes what is left of the staged publication, then releases the lock. A previous publication still aside
     * (moving it back failed) is kept: it may be the only copy, and the next publication moves it back.
     */
    @Override
    public void close() {
        deleteQuietly(folder);
        try {
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            warn("could not remove the lock file " + lockFile + " (" + e + "); delete it by hand");
        }
    }

    /**
     * Clears what killed publications of {@code target} left next to it, skipping those still held by a live process.
     * When the edition's folder is missing because a publication was killed between its two renames, the publication
     * it had put aside is moved back first, so that the edition's folder is never left empty-handed.
     *
     * @return the leftovers cleared, by name
     */
    static List<String> clearLeftovers(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName() + INFIX) + "(\\d+)("
                + Pattern.quote(PREVIOUS) + "|" + Pattern.quote(LOCK) + ")?");
        TreeSet<String> stems = new TreeSet<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.map(p -> ours.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> stems.add("." + target.getFileName() + INFIX + m.group(1)));
        }
        List<String> cleared = new ArrayList<>();
        for (String stem : stems) {
            Path folder = parent.resolve(stem);
            Path lockFile = parent.resolve(stem + LOCK);
            Claim claim = claim(lockFile);
            if (claim.inUse()) {
                continue;
            }
            try {
                Path previous = parent.resolve(stem + PREVIOUS);
                if (!Files.exists(target) && Files.isDirectory(previous)) {
                    move(previous, target);
                    cleared.add(previous.getFileName() + " (moved back into " + target.getFileName() + ")");
                }
                for (Path leftover : List.of(folder, previous)) {
                    if (Files.exists(leftover)) {
                        deleteQuietly(leftover);
                        cleared.add(leftover.getFileName().toString());
                    }
                }
                Files.deleteIfExists(lockFile);
            } finally {
                if (claim.lock().isPresent()) {
                    claim.lock().get().close();
                }
            }
        }
        return cleared;
    }

    /**
     * Whether a live process holds a staging folder's lock, and if not, the channel that now holds it (none when
     * there is no lock file: the process that had it finished with it).
     */
    private record Claim(boolean inUse, Optional<FileChannel> lock) {
    }

    private static Claim claim(Path lockFile) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return new Claim(false, Optional.empty());
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new Claim(false, Optional.of(channel));
            }
        } catch (OverlappingFileLockException e) {
            // Held by another publication of this same process.
        }
        channel.close();
        return new Claim(true, Optional.empty());
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes a folder; a failure to do so only warns, so it never hides the outcome of publishing. */
    static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            warn("could not remove the temporary directory " + directory + " (" + e + "); delete it by hand");
        }
    }

    private static void warn(String message) {
        System.getLogger(Publisher.class.getName()).log(System.Logger.Level.WARNING, message);
    }
}
