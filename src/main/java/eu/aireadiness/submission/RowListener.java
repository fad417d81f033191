package eu.aireadiness.submission;

/**
 * Receives a file's content as it is read, so that its rows need not be held: the header once, then each data row
 * in the order of the file. A file refused while it is read gets no further call; the result of the read says why.
 */
public interface RowListener {

    /**
     * The header, before any row: its cells and where it lies, the format, and the problems found so far. When the
     * values tell the decimal mark ({@link SubmissionFormat#decimalMarkFromValues()}) the format gives the one
     * taken when no value has a decimal separator; the result of the read gives the one the values told.
     */
    void header(ReadResult header);

    void row(SubmittedRow row);
}
