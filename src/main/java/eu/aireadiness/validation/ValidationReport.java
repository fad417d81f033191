package eu.aireadiness.validation;

import java.util.List;

import eu.aireadiness.intake.Observation;

/**
 * The outcome of reading and validating one file: the observations it holds and every problem found.
 * The file is accepted when no problem is an error; then every observation is stored.
 *
 * @param edition the TIME_PERIOD of the file's rows (0 when it could not be determined)
 */
public record ValidationReport(String fileName, int edition, List<Observation> observations,
                               List<ValidationProblem> problems) {

    public ValidationReport {
        observations = List.copyOf(observations);
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.stream().noneMatch(ValidationProblem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(ValidationProblem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** One line that says why the file was rejected: how many errors, and the first of them. */
    public String rejectionSummary() {
        List<String> errors = problems.stream().filter(ValidationProblem::isError).map(ValidationProblem::message)
                .toList();
        return switch (errors.size()) {
            case 0 -> "";
            case 1 -> "1 error: " + errors.get(0);
            default -> errors.size() + " errors, the first: " + errors.get(0);
        };
    }
}
