package eu.aireadiness.database;

/** Another process holds a lock this one needs; the message names it and says what to do, on one line. */
public final class RunLockRefused extends RuntimeException {

    public RunLockRefused(String message) {
        super(message);
    }
}
