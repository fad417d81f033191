package eu.aireadiness.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of a submitted file, as found.
 *
 * @param row     the 1-based line of the CSV file, or the worksheet row number as Excel shows it
 * @param columns the names the file's header gives its columns
 * @param values  the cell texts in the order of the file
 */
public record SubmittedRow(long row, HeaderColumns columns, List<String> values) {

    public SubmittedRow {
        Objects.requireNonNull(columns, "columns");
        values = List.copyOf(values);
    }

    /** The text of a cell, stripped; empty when the column is absent or the cell is blank. */
    public String cell(SubmissionColumn column) {
        return raw(column).strip();
    }

    /** The text of a cell exactly as found; empty when the column is absent. */
    public String raw(SubmissionColumn column) {
        int at = columns.position(column);
        return at >= 0 && at < values.size() ? values.get(at) : "";
    }

    /** The cell texts keyed by the canonical name of every column the header names; empty for cells left out. */
    public Map<String, String> cells() {
        Map<String, String> byName = new LinkedHashMap<>();
        List<String> names = columns.names();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty()) {
                byName.put(names.get(i), i < values.size() ? values.get(i) : "");
            }
        }
        return byName;
    }
}
