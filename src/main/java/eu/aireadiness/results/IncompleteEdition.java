package eu.aireadiness.results;

/**
 * A published edition lacks a result it must hold (a pillar score, an indicator result of a country): the model was
 * built wrong, so nothing can be laid out from it. The message names the country and the code.
 */
public class IncompleteEdition extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public IncompleteEdition(String message) {
        super(message);
    }
}
