package eu.aireadiness.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import eu.aireadiness.framework.EditionInfo;

/**
 * {@code AIRI-<year>.zip}: every file of the edition written before it, in one download, the folders kept
 * ({@code profiles/...}); files already compressed are stored, text files deflated. Its bytes depend only on those
 * files, like every file of the edition: entries in sorted order of their paths, no entries for folders, every entry
 * stamped with the edition's publication date at midnight and no extended timestamps (as
 * {@link eu.aireadiness.framework.DeterministicZip} does for workbooks). It holds neither itself nor the files written
 * after it, the index pages and the manifest, which list it with its size and checksum.
 */
final class EditionArchive {

    private EditionArchive() {
    }

    /**
     * PDFs (their streams deflated), workbooks and archives (zips themselves) are stored as they are: deflating them
     * again saves a few per cent and costs most of the archive's writing time. Text files are deflated.
     */
    private static boolean compressedAlready(String path) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".xlsx") || name.endsWith(".zip");
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
            for (String path : paths) {
                byte[] content = Files.readAllBytes(editionFolder.resolve(path));
                ZipEntry entry = new ZipEntry(path);
                entry.setTimeLocal(stamp);
                if (compressedAlready(path)) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return name;
    }
}
