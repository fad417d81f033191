package eu.aireadiness.intake;

import eu.aireadiness.submission.ValidationProblem;

/** Signals, inside the readers only, that a file cannot be read at all; it becomes the file's one problem. */
final class RefusedFile extends Exception {

    private final transient ValidationProblem problem;

    RefusedFile(ValidationProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    ValidationProblem problem() {
        return problem;
    }
}
