package eu.aireadiness.framework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip (an OOXML package) so that its bytes depend only on its content: POI's zip library stamps every
 * entry with the time of writing, which would make each run differ (the sample generator's workbooks, the published
 * results workbook). Entries keep their order and get one fixed time; no extended timestamps are written. (POI's own
 * switch, {@code Reproducibility.runWithSourceDateEpoch}, sets a JVM-wide flag for the time of the write, which two
 * threads writing workbooks would reset under each other, and sets every entry's time to 0, 1 January 1970.)
 */
public final class DeterministicZip {

    private DeterministicZip() {
    }

    /**
     * Reads the entries through the zip's central directory, not its local headers: POI's streaming workbooks write
     * entries whose local headers leave the size to a data descriptor, which a plain {@code ZipInputStream} refuses.
     */
    public static byte[] normalise(byte[] zip, LocalDateTime entryTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(entryTime);
                rewritten.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(rewritten);
                }
                rewritten.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not rewrite a workbook package", e);
        }
        return out.toByteArray();
    }
}
