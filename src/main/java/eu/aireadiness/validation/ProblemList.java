package eu.aireadiness.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import eu.aireadiness.submission.ValidationProblem;

/** Problems in the order they were found: all counted, the first {@value ValidationReport#MAX_PROBLEMS} kept. */
final class ProblemList {

    private final List<ValidationProblem> kept = new ArrayList<>();
    private long errors;
    private long warnings;

    void add(ValidationProblem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (kept.size() < ValidationReport.MAX_PROBLEMS) {
            kept.add(problem);
        }
    }

    void addAll(Collection<ValidationProblem> problems) {
        problems.forEach(this::add);
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** The report of the problems of these lists, in their order. */
    static ValidationReport report(String fileName, int edition, long values, ProblemList... lists) {
        List<ValidationProblem> problems = new ArrayList<>();
        long errors = 0;
        long warnings = 0;
        for (ProblemList list : lists) {
            list.kept.stream().limit(ValidationReport.MAX_PROBLEMS - problems.size()).forEach(problems::add);
            errors += list.errors;
            warnings += list.warnings;
        }
        return new ValidationReport(fileName, edition, values, problems, errors, warnings);
    }
}
