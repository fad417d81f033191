package eu.aireadiness.submission;

/**
 * The free texts of a value the database keeps, and their longest length: the one place the validator's check, the
 * {@link Observation} that carries them and the store take the limit from (migration V6 gives the columns
 * {@code submitted_value_block.sources VARCHAR(1000) ARRAY} and {@code notes VARCHAR(4000) ARRAY}; a test compares
 * them). A longer text is refused naming the limit, never cut. Lengths are counted as Java counts them, in UTF-16
 * units, which are never fewer than the characters H2 and PostgreSQL count, so that a text within the limit fits.
 * The other texts stored with a value (indicator, unit, status) are the codebook's codes, not the officer's text.
 */
public enum StoredText {
    SOURCE(SubmissionColumn.SOURCE, 1000),
    NOTE(SubmissionColumn.NOTE, 4000);

    private final SubmissionColumn column;
    private final int maxLength;

    StoredText(SubmissionColumn column, int maxLength) {
        this.column = column;
        this.maxLength = maxLength;
    }

    public SubmissionColumn column() {
        return column;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean fits(String text) {
        return text.length() <= maxLength;
    }
}
