package eu.aireadiness.database;

import java.util.Comparator;

/**
 * What a process locks on the database while it works: the intake (all drop folders: one intake at a time) or one
 * edition (one run of it at a time). A run includes an intake and takes both, always the edition first, so that
 * two processes never each hold the one the other waits for.
 *
 * @param name what is locked, for messages and the holder table
 * @param id   the lock's number within the program's locks (0 for the intake, the year for an edition)
 */
public record RunLock(String name, int id) {

    public static final RunLock INTAKE = new RunLock("intake", 0);

    /** Editions first, then the intake: the one order in which every process takes its locks. */
    static final Comparator<RunLock> ORDER = Comparator.comparing((RunLock lock) -> lock.id() == 0)
            .thenComparingInt(RunLock::id);

    public static RunLock edition(int year) {
        return new RunLock("edition " + year, year);
    }
}
