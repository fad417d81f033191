package eu.aireadiness.cli;

/**
 * A command that cannot be carried out, already said in one line that names the cause and what to do (exit status
 * 1): a folder that is missing or not writable, an edition that is not listed or already published, a failed start.
 */
public class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }
}
