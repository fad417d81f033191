package eu.aireadiness.database;

/** The database cannot be used; the message is one line for the operator: the cause and what to do. */
public final class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
