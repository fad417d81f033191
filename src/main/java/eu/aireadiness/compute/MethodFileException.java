package eu.aireadiness.compute;

/** A method file refused before any computation; the message names the file, the key and what is allowed. */
public class MethodFileException extends RuntimeException {

    public MethodFileException(String message) {
        super(message);
    }
}
