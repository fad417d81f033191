package eu.aireadiness.cli;

/** A command line that cannot be understood (exit status 2); the message says what to type instead. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
