package eu.aireadiness.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import eu.aireadiness.framework.EditionInfo;

/**
 * {@code AIRI-<year>.zip}: every file of the edition written before it, in one download, the folders kept
 * ({@code profiles/...}). Its bytes depend only on those files, like every file of the edition: entries in sorted
 * order of their paths, no entries for folders, every entry stamped with the edition's publication date at midnight
 * and no extended timestamps (as {@link eu.aireadiness.framework.DeterministicZip} does for workbooks). It holds
 * neither itself nor the files written after it, the index pages and the manifest, which list it with its size and
 * checksum.
 */
final class EditionArchive {

    private EditionArchive() {
    }

    static String fileName(int edition) {
        return Publisher.FILE_PREFIX + "-" + edition + ".zip";
    }

    /** Writes the archive of the files under {@code editionFolder} into it; returns its path there. */
    static String write(EditionInfo edition, Path editionFolder) throws IOException {
        String name = fileName(edition.edition());
        List<String> paths = EditionManifest.relativePaths(editionFolder);
        if (paths.contains(name)) {
            throw new PublicationException(editionFolder.resolve(name) + ": the edition's folder already has a file"
                    + " of the archive's name; publish that file under another name");
        }
        LocalDateTime stamp = edition.publicationDate().atStartOfDay();
        try (OutputStream file = Files.newOutputStream(editionFolder.resolve(name));
             ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            for (String path : paths) {
                ZipEntry entry = new ZipEntry(path);
                entry.setTimeLocal(stamp);
                zip.putNextEntry(entry);
                Files.copy(editionFolder.resolve(path), zip);
                zip.closeEntry();
            }
        }
        return name;
    }
}
