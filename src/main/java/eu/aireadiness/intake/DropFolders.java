package eu.aireadiness.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.InputFolder;

/** Finds the files officers dropped into the countries' folders and describes them by content. */
public final class DropFolders {

    private DropFolders() {
    }

    /**
     * The files lying in the country folders, oldest first (ties by name), leaving out hidden files and the lock and
     * temporary files office programs write while a file is open, and the pipeline's own feedback files.
     */
    public static List<SubmissionFile> files(InputFolder input, List<Country> countries) {
        List<SubmissionFile> files = new ArrayList<>();
        for (Country country : countries) {
            Path folder = input.countryFolder(country.code());
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path path : entries.filter(DropFolders::isCandidate).toList()) {
                    files.add(describe(path, country.code()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
            }
        }
        files.sort(Comparator.comparing(SubmissionFile::lastModified).thenComparing(f -> f.path().toString()));
        return files;
    }

    private static boolean isCandidate(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                && !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith(".tmp") && !name.endsWith("~")
                && !FeedbackFiles.isFeedback(name);
    }

    public static SubmissionFile describe(Path path, String folderCountry) {
        try {
            return new SubmissionFile(path, folderCountry, Checksums.sha256(path), Files.size(path),
                    Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
