package eu.aireadiness.database;

import java.time.Duration;
import java.util.List;

/**
 * The locks that keep two processes from running the same work on one database. While a process holds a run's
 * locks, no other live process can be working on that run, so an execution found marked as running belongs to a
 * process that died and may be resumed.
 */
public interface RunLocks {

    /**
     * Takes the locks, in the one fixed order ({@link RunLock#ORDER}), waiting at most {@code readiness.lock-wait}
     * for each.
     *
     * @throws RunLockRefused when another process still holds one of them after that time
     */
    Held take(List<RunLock> locks);

    /** Locks held until closed. */
    interface Held extends AutoCloseable {

        @Override
        void close();
    }

    /** The line for a lock another process holds. */
    static String refusal(RunLock lock, String holder, Duration waited) {
        return "the " + lock.name() + " is in use by another process on the same database (" + holder + ")"
                + (waited.isZero() ? "" : ", still after waiting " + waited.toSeconds() + " s")
                + ": wait for it to finish, then run the same command again (or let this one wait longer with"
                + " --readiness.lock-wait=10m)";
    }
}
