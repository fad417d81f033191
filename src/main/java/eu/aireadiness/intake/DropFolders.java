package eu.aireadiness.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.SubmissionFile;

/** Finds the files officers dropped into the countries' folders and describes them by content. */
public final class DropFolders {

    /**
     * A file modified less than 2 seconds ago may still be being copied or saved; it is left for the next run. Two
     * seconds is the coarsest modification-time resolution of the file systems officers use (FAT's is 2 s).
     */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofSeconds(2);

    /** Names that browsers and download tools give a file until it is complete. */
    private static final List<String> UNFINISHED_SUFFIXES = List.of(".tmp", ".temp", ".crdownload", ".part",
            ".partial", ".download", "~");

    private DropFolders() {
    }

    /**
     * The files ready in the country folders, within the default limits, passing over files changed just now and
     * the pipeline's own feedback files.
     */
    public static List<SubmissionFile> files(InputFolder input, List<Country> countries) {
        return files(input, countries, DEFAULT_QUIET_PERIOD, Instant.now(), SubmissionLimits.DEFAULT);
    }

    /**
     * The files lying in the country folders, oldest first (ties by name), leaving out hidden files, the lock and
     * temporary files office programs and browsers write while a file is open or downloading, and files modified
     * within {@code quietPeriod} before {@code now} (still being copied: left for the next run). A symbolic link is
     * listed without being followed; reading it then gives its refusal, so that the officer learns why.
     */
    public static List<SubmissionFile> files(InputFolder input, List<Country> countries, Duration quietPeriod,
                                             Instant now, SubmissionLimits limits) {
        List<SubmissionFile> files = new ArrayList<>();
        for (Country country : countries) {
            Path folder = input.countryFolder(country.code());
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path path : entries.filter(DropFolders::isCandidate).toList()) {
                    SubmissionFile file = describe(path, country.code(), limits);
                    if (file.lastModified().isBefore(now.minus(quietPeriod)) || quietPeriod.isZero()) {
                        files.add(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
            }
        }
        files.sort(Comparator.comparing(SubmissionFile::lastModified).thenComparing(f -> f.path().toString()));
        return files;
    }

    /**
     * Whether a file of a country folder would be taken in by a run at {@code now}: not hidden, locked, temporary or
     * feedback, and not changed within the default quiet period. The watcher asks this of each file it sees, so that
     * it launches the intake for exactly the files the intake will read.
     */
    public static boolean isReady(Path path, Instant now) {
        if (!isCandidate(path)) {
            return false;
        }
        try {
            Instant modified = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
            return modified.isBefore(now.minus(DEFAULT_QUIET_PERIOD));
        } catch (IOException e) {
            return false; // removed or renamed between listing and now: nothing to take in
        }
    }

    private static boolean isCandidate(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        // ".~lock.name#" (LibreOffice) and other hidden files start with a dot; "~$name" is Office's owner file.
        if (name.startsWith(".") || name.startsWith("~$") || UNFINISHED_SUFFIXES.stream().anyMatch(name::endsWith)
                || FeedbackFiles.isFeedback(name)) {
            return false;
        }
        return Files.isSymbolicLink(path) || Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }

    public static SubmissionFile describe(Path path, String folderCountry) {
        return describe(path, folderCountry, SubmissionLimits.DEFAULT);
    }

    /**
     * A file with its identity. A symbolic link is never followed and a file over the size limit never read: each
     * is identified by what it is (the link's target, the size and time), so that it is refused, and reported, once.
     */
    public static SubmissionFile describe(Path path, String folderCountry, SubmissionLimits limits) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (attributes.isSymbolicLink()) {
                return new SubmissionFile(path, folderCountry,
                        sha256("symbolic link to " + Files.readSymbolicLink(path)), 0, modified);
            }
            String identity = attributes.size() > limits.maxFileBytes()
                    ? sha256("file too large: " + attributes.size() + " bytes, modified " + modified)
                    : Checksums.sha256(path);
            return new SubmissionFile(path, folderCountry, identity, attributes.size(), modified);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String description) {
        return HexFormat.of().formatHex(Checksums.newDigest().digest(description.getBytes(StandardCharsets.UTF_8)));
    }
}
