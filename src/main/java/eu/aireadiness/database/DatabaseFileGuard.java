package eu.aireadiness.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code watch} from accepting files into an H2 database that is gone. H2 keeps writing into its open file
 * after the file was deleted or replaced, and everything written then is lost when the process ends, while the
 * officers hold ACCEPTED feedback. So the file is compared with the one opened at start-up (its file key: device
 * and inode) before every intake and on a timer, and {@code watch} stops with one line and exit status 1 as soon
 * as they differ. A check cannot see a deletion during the intake it precedes; the timer bounds that window.
 */
@Component
@ConditionalOnExpression("'${readiness.command:}' matches 'watch|serve'")
public class DatabaseFileGuard implements ExitCodeGenerator, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFileGuard.class);

    private final DatabaseLocation location;
    private final ConfigurableApplicationContext context;
    private final Object openedKey;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean stopped = new AtomicBoolean();

    // The periodic check is ended by shutting the timer down, never through its future, and catches its own failures.
    @SuppressWarnings("FutureReturnValueIgnored")
    DatabaseFileGuard(DatabaseLocation location, DataSource dataSource, ApplicationContext context,
                      DatabaseProperties settings) throws SQLException, NoSuchFileException {
        this.location = location;
        this.context = (ConfigurableApplicationContext) context;
        if (!location.isH2File()) {
            openedKey = null;
            timer = null;
            return;
        }
        try (Connection opened = dataSource.getConnection()) {
            // Opens the file now (the pool keeps it open), so that the key read next is the file in use.
            opened.isValid(1);
        }
        openedKey = fileKey(location.h2File());
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "database-file-guard");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(100, settings.databaseCheck().toMillis());
        timer.scheduleWithFixedDelay(this::checkQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Before an intake: throws, and stops {@code watch}, when the database file is no longer the one opened.
     *
     * @throws DatabaseUnavailable when the file is gone or was replaced
     */
    public void confirmStillOpen() {
        if (openedKey == null) {
            return;
        }
        String problem = problem();
        if (problem != null) {
            stop(problem);
            throw new DatabaseUnavailable(problem, null);
        }
    }

    private void checkQuietly() {
        String problem = problem();
        if (problem != null) {
            stop(problem);
        }
    }

    /** What is wrong with the database file, or null when it is still the one opened. */
    private String problem() {
        Path file = location.h2File();
        Object now;
        try {
            now = fileKey(file);
        } catch (NoSuchFileException e) {
            now = null;
        }
        if (now == null) {
            return location.describe() + " was deleted while watch was running: nothing taken in since then can"
                    + " be kept, so watch stops; restore the database folder from a backup (or let a new database"
                    + " be made) and start watch again: files still in the drop folders are taken in again";
        }
        if (!Objects.equals(now, openedKey)) {
            return location.describe() + " was replaced by another file while watch was running, so watch stops"
                    + " rather than write into the old one; start watch again to use the new file";
        }
        return null;
    }

    private static Object fileKey(Path file) throws NoSuchFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            // Where the file system has no key, the creation time is the closest thing to an identity.
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DatabaseUnavailable(file + " cannot be checked (" + e + "): check the database folder", e);
        }
    }

    private void stop(String problem) {
        if (stopped.compareAndSet(false, true)) {
            log.error(problem);
            // Closed on a thread of its own: the caller may be a thread the closing context waits for.
            Thread closer = new Thread(context::close, "watch-stop");
            closer.start();
        }
    }

    /** Whether watch is stopping because the database file is gone or replaced (said once, in its own line). */
    public boolean stopped() {
        return stopped.get();
    }

    @Override
    public int getExitCode() {
        return stopped.get() ? 1 : 0;
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
