package eu.aireadiness.templates;

/** The templates could not be written: a texts file, a key or the output folder at fault, named in the message. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
