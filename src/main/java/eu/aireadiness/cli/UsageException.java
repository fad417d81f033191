package eu.aireadiness.cli;

/** A command line that cannot be understood (exit status 2); the message says what to type instead. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
