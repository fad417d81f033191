package eu.aireadiness.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.FeedbackFiles;
import eu.aireadiness.pipeline.IntakeProperties;
import eu.aireadiness.pipeline.ReadinessProperties;

/**
 * Puts an officer's upload into their country's drop folder, so that the one intake takes it in as if the file had
 * been dropped there: written under a temporary name the intake passes over, then given its final name in one step,
 * so that the intake never sees part of it. Who sent it is recorded (table portal_upload).
 */
@Component
class UploadStore {

    /** An upload stored in the drop folder. */
    record Stored(String country, UploadName name, String sha256, long bytes, Instant at) {
    }

    /** An upload refused, with the sentence that tells the officer why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final ReadinessProperties settings;
    private final IntakeProperties intake;
    private final JdbcTemplate jdbc;

    UploadStore(ReadinessProperties settings, IntakeProperties intake, JdbcTemplate jdbc) {
        this.settings = settings;
        this.intake = intake;
        this.jdbc = jdbc;
    }

    Stored store(String country, UploadName name, InputStream body, String who) throws IOException, Refused {
        Path folder = new InputFolder(settings.input().toAbsolutePath().normalize()).countryFolder(country);
        Files.createDirectories(folder);
        // Hidden and ending in .part: DropFolders.isIgnoredName passes over it while it is written.
        Path partial = folder.resolve(".upload-" + UUID.randomUUID() + ".part");
        try {
            String sha256 = write(body, partial, intake.limits().maxFileBytes(), name.original());
            long bytes = Files.size(partial);
            Instant at = Instant.now();
            // The file appears whole, by one link, so the settle interval (a wait for a copy's writes to stop) has
            // nothing to wait for. Its modification time is set back by that interval before it appears, so that the
            // intake takes it in at its next look instead of 10 s later, with the rule for other drops unchanged.
            // The time received the history shows for it is the upload's own (portal_upload.uploaded_at).
            Files.setLastModifiedTime(partial, FileTime.from(at.minus(intake.settle())));
            String stored = link(partial, folder, name);
            jdbc.update("INSERT INTO portal_upload (country, stored_name, original_name, sha256, size_bytes,"
                    + " uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", country, stored,
                    cut(name.original(), 1000), sha256, bytes, cut(who, 100), Timestamp.from(at));
            return new Stored(country, new UploadName(stored, name.original()), sha256, bytes, at);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Copies the body, counting: a body larger than the limit is refused and removed, whatever its headers said. */
    private static String write(InputStream body, Path partial, long limit, String original)
            throws IOException, Refused {
        MessageDigest digest = Checksums.newDigest();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = new DigestInputStream(body, digest);
             FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw new Refused(original + " is larger than " + limit + " bytes, the largest file the intake"
                            + " reads; nothing of it was kept. Send the data rows only.");
                }
                out.write(buffer, 0, n);
            }
            // On disk before it gets its name: the intake never reads a file a crash left half written.
            channel.force(true);
        }
        if (total == 0) {
            throw new Refused(original + " is empty; nothing was kept. Choose the file with your figures.");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Gives the written file its name by a hard link, which fails rather than replace a file of that name, so
     * that an earlier file and its feedback are never overwritten: the name gets {@code -2}, {@code -3}... until
     * it is free, its feedback names included.
     */
    private static String link(Path partial, Path folder, UploadName name) throws IOException {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? name.stored() : name.numbered(n);
            Path target = folder.resolve(candidate);
            if (Files.exists(FeedbackFiles.textFor(target))) {
                continue;
            }
            try {
                Files.createLink(target, partial);
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next number
            }
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }
}
