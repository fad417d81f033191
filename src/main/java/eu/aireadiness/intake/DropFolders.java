package eu.aireadiness.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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

/**
 * Finds the files officers dropped into the countries' folders and describes them by content. Only regular files
 * lying directly in a country's folder are ever opened, and never through a link; every other entry (a link of any
 * kind, a folder, a named pipe, a device) is listed as skipped, unopened, so that its officer can be told why.
 */
public final class DropFolders {

    /**
     * A file is complete once its modification time lies this long in the past: while a file is written, copied or
     * uploaded its time keeps moving. Ten seconds, because copies over a network or an upload tool writing in parts
     * pause for several seconds between parts (a pause of 5 s must not pass for the end of the file), while an
     * officer waits for feedback in a process that runs once a year. The setting {@code readiness.intake.settle}
     * changes it.
     */
    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(10);

    /**
     * The names browsers, download and upload tools and editors give a file until it is complete: Firefox and most
     * uploaders ({@code .part}), Chrome ({@code .crdownload}), Edge ({@code .partial}), WinSCP ({@code .filepart}),
     * Safari ({@code .download}), editors' backups ({@code ~}) and temporary files.
     */
    private static final List<String> UNFINISHED_SUFFIXES = List.of(".tmp", ".temp", ".crdownload", ".part",
            ".partial", ".filepart", ".download", "~");

    private DropFolders() {
    }

    /** The files ready in the country folders, within the default limits and settle interval. */
    public static List<SubmissionFile> files(InputFolder input, List<Country> countries) {
        return list(input, countries, DEFAULT_SETTLE, Instant.now(), SubmissionLimits.DEFAULT).ready();
    }

    /** The files ready in the country folders at {@code now} (see {@link #list}). */
    public static List<SubmissionFile> files(InputFolder input, List<Country> countries, Duration settle,
                                             Instant now, SubmissionLimits limits) {
        return list(input, countries, settle, now, limits).ready();
    }

    /**
     * What lies in the country folders at {@code now}: the regular files complete for {@code settle} (oldest first,
     * ties by name), the regular files still changing, and the entries skipped for not being regular files. Names
     * that are never submissions are passed over in silence: hidden files, the lock and temporary files office
     * programs, browsers and upload tools write while a file is open or on its way, and the feedback files.
     */
    public static DropListing list(InputFolder input, List<Country> countries, Duration settle, Instant now,
                                   SubmissionLimits limits) {
        List<SubmissionFile> ready = new ArrayList<>();
        List<Path> settling = new ArrayList<>();
        List<SkippedEntry> skipped = new ArrayList<>();
        for (Country country : countries) {
            Path folder = input.countryFolder(country.code());
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (Path path : entries(folder)) {
                if (isIgnoredName(path)) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes = NoFollowFile.attributes(path);
                    SkippedEntry.Kind kind = skippedKind(attributes);
                    if (kind != null) {
                        skipped.add(new SkippedEntry(path, country.code(), kind));
                    } else if (!isSettled(attributes, settle, now)) {
                        settling.add(path);
                    } else {
                        ready.add(identify(path, country.code(), attributes, limits));
                    }
                } catch (NoSuchFileException e) {
                    // Removed or renamed since the folder was listed: nothing to take in, nothing to answer.
                } catch (NoFollowFile.Changed e) {
                    settling.add(path);
                } catch (NoFollowFile.NotRegular e) {
                    skipped.add(new SkippedEntry(path, country.code(), kindNow(path)));
                } catch (IOException e) {
                    skipped.add(new SkippedEntry(path, country.code(), SkippedEntry.Kind.UNREADABLE));
                }
            }
        }
        ready.sort(Comparator.comparing(SubmissionFile::lastModified).thenComparing(f -> f.path().toString()));
        return new DropListing(ready, settling, skipped);
    }

    /**
     * The regular files of the country folders still changing at {@code now}, found from their attributes alone
     * (nothing is opened): what a run that finds nothing new to take in tells its operator it left for later.
     */
    public static List<Path> settling(InputFolder input, List<Country> countries, Duration settle, Instant now) {
        List<Path> settling = new ArrayList<>();
        for (Country country : countries) {
            Path folder = input.countryFolder(country.code());
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (Path path : entries(folder)) {
                try {
                    BasicFileAttributes attributes = NoFollowFile.attributes(path);
                    if (!isIgnoredName(path) && attributes.isRegularFile() && !isSettled(attributes, settle, now)) {
                        settling.add(path);
                    }
                } catch (IOException e) {
                    // Removed since the folder was listed: nothing waits.
                }
            }
        }
        return settling;
    }

    /**
     * Whether the intake has something to do with an entry of a country's folder at {@code now}: a complete regular
     * file to take in, or an entry that is not a regular file, to answer. The watcher asks this of each entry it
     * sees, so that it launches the intake for exactly what the intake will act on; an entry still changing is
     * looked at again on a later poll.
     */
    public static boolean needsIntake(Path path, Instant now, Duration settle) {
        if (isIgnoredName(path)) {
            return false;
        }
        try {
            BasicFileAttributes attributes = NoFollowFile.attributes(path);
            return skippedKind(attributes) != null || isSettled(attributes, settle, now);
        } catch (IOException e) {
            return false; // removed or renamed between listing and now: nothing to take in
        }
    }

    /**
     * Whether a name is never a submission: hidden files (".~lock.name#" of LibreOffice among them), Office's owner
     * file "~$name", the names of files still on their way, and the pipeline's own feedback files.
     */
    public static boolean isIgnoredName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || UNFINISHED_SUFFIXES.stream().anyMatch(name::endsWith)
                || FeedbackFiles.isFeedback(name);
    }

    /**
     * Whether a regular file has been left alone for the settle interval: its modification time, which every write
     * moves, lies at least {@code settle} before {@code now}.
     */
    public static boolean isSettled(BasicFileAttributes attributes, Duration settle, Instant now) {
        return settle.isZero() || !attributes.lastModifiedTime().toInstant().isAfter(now.minus(settle));
    }

    /** Why an entry is not read, or null for a regular file. */
    private static SkippedEntry.Kind skippedKind(BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return SkippedEntry.Kind.SYMBOLIC_LINK;
        }
        if (attributes.isDirectory()) {
            return SkippedEntry.Kind.FOLDER;
        }
        return attributes.isRegularFile() ? null : SkippedEntry.Kind.SPECIAL_FILE;
    }

    /** What an entry turned into after it was listed as a regular file (a link or a pipe put in its place). */
    private static SkippedEntry.Kind kindNow(Path path) {
        try {
            SkippedEntry.Kind kind = skippedKind(NoFollowFile.attributes(path));
            return kind == null ? SkippedEntry.Kind.UNREADABLE : kind;
        } catch (IOException e) {
            return SkippedEntry.Kind.UNREADABLE;
        }
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage() + ". Check that the"
                    + " pipeline may read the folder.", e);
        }
    }

    public static SubmissionFile describe(Path path, String folderCountry) {
        return describe(path, folderCountry, SubmissionLimits.DEFAULT);
    }

    /**
     * A regular file with its identity, its content's SHA-256, read through one no-follow open. A file over the size
     * limit is never read: it is identified by its size and time, so that it is refused, and reported, once.
     *
     * @throws UncheckedIOException when the file cannot be read, or is not a regular file
     */
    public static SubmissionFile describe(Path path, String folderCountry, SubmissionLimits limits) {
        try {
            return identify(path, folderCountry, NoFollowFile.attributes(path), limits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static SubmissionFile identify(Path path, String folderCountry, BasicFileAttributes attributes,
                                           SubmissionLimits limits) throws IOException {
        if (!attributes.isRegularFile()) {
            throw new NoFollowFile.NotRegular(path);
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        String identity = attributes.size() > limits.maxFileBytes()
                ? sha256("file too large: " + attributes.size() + " bytes, modified " + modified)
                : NoFollowFile.sha256(path, attributes.size());
        return new SubmissionFile(path, folderCountry, identity, attributes.size(), modified);
    }

    private static String sha256(String description) {
        return HexFormat.of().formatHex(Checksums.newDigest().digest(description.getBytes(StandardCharsets.UTF_8)));
    }
}
