package eu.aireadiness.submission;

import java.util.Objects;

/**
 * One finding about a submitted file, located so that the officer can find and fix it.
 *
 * @param severity error (rejects the file) or warning
 * @param row      line of the CSV or row of the worksheet, 1-based; 0 when the problem concerns the whole file
 * @param column   the column concerned, empty when none
 * @param value    the value found, as written in the file (empty when none)
 * @param rule     a stable short code of the rule, e.g. {@code UNKNOWN_INDICATOR}, for machine-readable feedback
 * @param message  what is wrong, expected versus found, and what to do
 */
public record ValidationProblem(Severity severity, long row, String column, String value, String rule, String message) {

    public ValidationProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
