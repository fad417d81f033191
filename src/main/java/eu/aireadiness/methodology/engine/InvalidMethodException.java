package eu.aireadiness.methodology.engine;

/**
 * A method specification that cannot be computed: found before any computation, or, for a mean that meets a score
 * it cannot take, when the score is met. It names the key of the method file at fault, so that whoever reads the
 * file can say where: {@code normalise.method}, {@code weights.LPI}, {@code aggregate.method.2}.
 */
public class InvalidMethodException extends IllegalArgumentException {

    private final String key;
    private final String problem;

    public InvalidMethodException(String key, String problem) {
        super("key '" + key + "': " + problem);
        this.key = key;
        this.problem = problem;
    }

    public String key() {
        return key;
    }

    public String problem() {
        return problem;
    }
}
