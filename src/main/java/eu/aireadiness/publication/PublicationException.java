package eu.aireadiness.publication;

/** Publishing an edition failed; the message says what, where, and what to check. The previous publication is kept. */
public class PublicationException extends RuntimeException {

    public PublicationException(String message) {
        super(message);
    }

    public PublicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
