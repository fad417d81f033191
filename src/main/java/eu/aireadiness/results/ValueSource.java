package eu.aireadiness.results;

/**
 * Where a published value was submitted: the source the officer named, and the file, its version among the
 * country's accepted submissions for that edition, and the row (or sheet row) of the value.
 */
public record ValueSource(String source, String fileName, int submissionVersion, long row) {
}
