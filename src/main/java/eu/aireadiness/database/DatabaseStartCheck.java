package eu.aireadiness.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * What can be checked before Spring opens the database, so that the operator reads the cause rather than a
 * failure of the connection pool: the H2 database's folder exists or can be made and is writable, and a database
 * file that is there is an H2 file. Also remembers where the database is, to name it if the start fails later.
 */
public final class DatabaseStartCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** Every H2 2.x MVStore file begins with this text (its header). */
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private DatabaseLocation location;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        location = new DatabaseLocation(event.getEnvironment().getProperty("spring.datasource.url"));
        if (location.isH2File()) {
            check(location);
        }
    }

    /** The database named by the started application, or null before its settings were read. */
    public DatabaseLocation location() {
        return location;
    }

    static void check(DatabaseLocation location) {
        Path file = location.h2File();
        Path folder = file.getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw unavailable(location, "its folder " + folder + " is a file, not a folder: move that file away or"
                    + " give another database path with --db");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw unavailable(location, "its folder " + folder + " cannot be created (" + e + "): create it, or"
                    + " give another database path with --db");
        }
        if (!Files.isWritable(folder)) {
            throw unavailable(location, "its folder " + folder + " is not writable: give this user write access"
                    + " to it, or give another database path with --db");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw unavailable(location, "it is not a regular file: move it aside, or give another database path"
                    + " with --db");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(H2_HEADER.length);
        } catch (IOException e) {
            throw unavailable(location, "it cannot be read (" + e + "): check the disk and the file's permissions");
        }
        if (start.length > 0 && !Arrays.equals(start, H2_HEADER)) {
            throw unavailable(location, "it is not an H2 database file (it does not begin with H2's header; damaged"
                    + " or overwritten): restore it from a backup, or move it aside to start an empty database,"
                    + " then run the same command again");
        }
    }

    private static DatabaseUnavailable unavailable(DatabaseLocation location, String problem) {
        return new DatabaseUnavailable(location.describe() + " cannot be used: " + problem, null);
    }
}
