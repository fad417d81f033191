package eu.aireadiness.submission;

import java.util.Arrays;
import java.util.List;

/**
 * The column names a file's header gives, by position: canonical ({@link SubmissionColumn#canonical}), or empty
 * where the header cell is blank or repeats an earlier name. Shared by the file's rows, so that a row holds only
 * its cells and finds a submission column by position.
 */
public final class HeaderColumns {

    private final List<String> names;
    private final int[] positions = new int[SubmissionColumn.values().length];

    public HeaderColumns(List<String> names) {
        this.names = List.copyOf(names);
        Arrays.fill(positions, -1);
        for (SubmissionColumn column : SubmissionColumn.values()) {
            positions[column.ordinal()] = this.names.indexOf(column.name());
        }
    }

    public List<String> names() {
        return names;
    }

    /** Whether the header names the column. */
    public boolean has(SubmissionColumn column) {
        return positions[column.ordinal()] >= 0;
    }

    /** The position of a submission column; -1 when the header does not name it. */
    int position(SubmissionColumn column) {
        return positions[column.ordinal()];
    }
}
