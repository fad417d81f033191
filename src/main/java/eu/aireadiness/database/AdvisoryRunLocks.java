package eu.aireadiness.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run locks on PostgreSQL: session-level advisory locks on a connection kept for as long as they are held. The
 * server releases them when that session ends, so a process that died or lost the database holds nothing: no
 * expiry to tune, nothing to renew on long runs. Who holds a lock is written in {@code run_lock_holder} when it is
 * taken, so that a refused process can name the holder.
 *
 * <p>The one way to lose such a lock while alive is to lose its session while the rest of the database still
 * answers (an administrator ended it, say). The session is therefore checked on a timer, and a process that lost
 * it stops at once with one line: otherwise a second process could take the lock and resume the same run beside
 * it. A session that merely stops answering is left to the timeouts of the run itself, which end the run.
 */
final class AdvisoryRunLocks implements RunLocks {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryRunLocks.class);

    /** The first key of our advisory locks ("AIRI"), so that they never meet another program's on the server. */
    private static final int PROGRAM = 0x41495249;
    private static final Duration RETRY = Duration.ofMillis(500);

    private final DataSource dataSource;
    private final Duration wait;
    private final DatabaseLocation location;
    private final Duration check;
    private final RunLockHolder self = RunLockHolder.current();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "run-lock-check");
        thread.setDaemon(true);
        return thread;
    });

    AdvisoryRunLocks(DataSource dataSource, Duration wait, Duration check, DatabaseLocation location) {
        this.dataSource = dataSource;
        this.wait = wait;
        this.check = check;
        this.location = location;
    }

    @Override
    public Held take(List<RunLock> locks) {
        List<RunLock> ordered = locks.stream().sorted(RunLock.ORDER).toList();
        Connection session;
        try {
            session = dataSource.getConnection();
            session.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DatabaseUnavailable(DatabaseFailure.oneLine(e, location), e);
        }
        List<RunLock> taken = new ArrayList<>();
        try {
            for (RunLock lock : ordered) {
                acquire(session, lock);
                taken.add(lock);
                recordHolder(session, lock);
            }
        } catch (SQLException e) {
            release(session, taken);
            throw new DatabaseUnavailable(DatabaseFailure.oneLine(e, location), e);
        } catch (RuntimeException e) {
            release(session, taken);
            throw e;
        }
        log.debug("Took the locks {} as {}", taken, self);
        long every = Math.max(100, check.toMillis());
        ScheduledFuture<?> checks = timer.scheduleWithFixedDelay(() -> confirmSession(session, taken), every, every,
                TimeUnit.MILLISECONDS);
        return () -> {
            checks.cancel(false);
            release(session, taken);
        };
    }

    /** Stops this process when the session that holds its locks has ended while the database still answers. */
    private void confirmSession(Connection session, List<RunLock> taken) {
        try (Statement statement = session.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            if (silent(e)) {
                // A server that stopped answering: the run's own timeouts end it, with their one line. The driver
                // has closed this session by now, so there is nothing left to check.
                throw new IllegalStateException("the lock session stopped answering; checks end", e);
            }
            log.error("Lost the lock of the {} ({} ended: {}): this process stops, so that it never works beside"
                    + " another that may now take it; run the same command again: it resumes where it stopped",
                    taken.stream().map(RunLock::name).collect(Collectors.joining(" and the ")),
                    "its session on " + location.describe(), DatabaseFailure.firstLine(e));
            log.debug("Lock session failure", e);
            new Thread(() -> System.exit(1), "run-lock-lost").start();
            // Thrown to end the checks (a scheduled task that throws is not run again): one line is enough.
            throw new IllegalStateException("run lock lost", e);
        }
    }

    private static boolean silent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void acquire(Connection session, RunLock lock) throws SQLException {
        Instant deadline = Instant.now().plus(wait);
        boolean told = false;
        while (!tryLock(session, lock)) {
            if (!Instant.now().isBefore(deadline)) {
                throw new RunLockRefused(RunLocks.refusal(lock, holderOf(session, lock), wait));
            }
            if (!told) {
                log.info("The {} is in use by {}; waiting up to {} s for it", lock.name(), holderOf(session, lock),
                        wait.toSeconds());
                told = true;
            }
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunLockRefused(RunLocks.refusal(lock, holderOf(session, lock), Duration.ZERO));
            }
        }
    }

    private static boolean tryLock(Connection session, RunLock lock) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, PROGRAM);
            statement.setInt(2, lock.id());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private void recordHolder(Connection session, RunLock lock) throws SQLException {
        session.setAutoCommit(false);
        try (PreparedStatement delete = session.prepareStatement("DELETE FROM run_lock_holder WHERE lock_name = ?");
             PreparedStatement insert = session.prepareStatement("INSERT INTO run_lock_holder (lock_name,"
                     + " holder_host, holder_pid, holder_started, taken_at) VALUES (?, ?, ?, ?, ?)")) {
            delete.setString(1, lock.name());
            delete.executeUpdate();
            insert.setString(1, lock.name());
            insert.setString(2, self.host());
            insert.setLong(3, self.processId());
            insert.setTimestamp(4, Timestamp.from(self.started()));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            session.commit();
        } finally {
            session.setAutoCommit(true);
        }
    }

    private static String holderOf(Connection session, RunLock lock) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement("SELECT holder_host, holder_pid, holder_started"
                + " FROM run_lock_holder WHERE lock_name = ?")) {
            statement.setString(1, lock.name());
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return "a process that has not yet written its name";
                }
                return new RunLockHolder(result.getString(1), result.getLong(2),
                        result.getTimestamp(3).toInstant()).toString();
            }
        }
    }

    /** Unlocks what was taken and gives the session back; a session already lost has released them itself. */
    private static void release(Connection session, List<RunLock> taken) {
        try (session) {
            for (int i = taken.size() - 1; i >= 0; i--) {
                RunLock lock = taken.get(i);
                try (PreparedStatement forget = session.prepareStatement("DELETE FROM run_lock_holder"
                        + " WHERE lock_name = ?");
                     PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                    forget.setString(1, lock.name());
                    forget.executeUpdate();
                    unlock.setInt(1, PROGRAM);
                    unlock.setInt(2, lock.id());
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            log.debug("Could not release the locks {}: the session is gone, and its locks with it", taken, e);
        }
    }
}
