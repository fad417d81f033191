package eu.aireadiness.validation;

import java.util.List;
import eu.aireadiness.submission.ValidationProblem;

/**
 * What checking one file found: how many of its rows are valid values, and its problems. The file is accepted when
 * no problem is an error; then every valid value is stored. A file with very many problems keeps the first
 * {@value #MAX_PROBLEMS} and counts all, so that a million bad rows cost no more memory, storage or reading than a
 * thousand: the same mistake repeated is corrected once.
 *
 * @param edition      the TIME_PERIOD of the file's rows (0 when it could not be determined)
 * @param values       how many rows passed every check
 * @param problems     the problems kept, in the order of the file: reading it, its header, its rows, changes since
 *                     the previous edition, indicators left out
 * @param errorCount   the errors found, those not kept included
 * @param warningCount the warnings found, those not kept included
 */
public record ValidationReport(String fileName, int edition, long values, List<ValidationProblem> problems,
                               long errorCount, long warningCount) {

    /** The most problems kept of one file. */
    public static final int MAX_PROBLEMS = 1_000;

    public ValidationReport {
        problems = List.copyOf(problems);
        if (problems.size() > MAX_PROBLEMS || problems.stream().filter(ValidationProblem::isError).count() > errorCount
                || problems.stream().filter(p -> !p.isError()).count() > warningCount) {
            throw new IllegalArgumentException(fileName + ": " + problems.size() + " problems kept for "
                    + errorCount + " errors and " + warningCount + " warnings found (at most " + MAX_PROBLEMS + ")");
        }
    }

    public boolean accepted() {
        return errorCount == 0;
    }

    /** The problems found but not kept; the feedback says that there are more. */
    public long problemsLeftOut() {
        return errorCount + warningCount - problems.size();
    }

    /** One line that says why the file was rejected: how many errors, and the first of them. */
    public String rejectionSummary() {
        String first = problems.stream().filter(ValidationProblem::isError).map(ValidationProblem::message)
                .findFirst().orElse("");
        if (errorCount == 0) {
            return "";
        }
        return errorCount == 1 ? "1 error: " + first : errorCount + " errors, the first: " + first;
    }
}
