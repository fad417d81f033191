package eu.aireadiness.intake;

import java.util.Map;

/**
 * One data row of a submitted file, as found.
 *
 * @param row   the 1-based line of the CSV file, or the worksheet row number as Excel shows it
 * @param cells the cell texts keyed by the canonical (upper-case, stripped) column name
 */
public record SubmittedRow(long row, Map<String, String> cells) {

    public SubmittedRow {
        cells = Map.copyOf(cells);
    }

    /** The text of a cell, stripped; empty when the column is absent or the cell is blank. */
    public String cell(SubmissionColumn column) {
        return cells.getOrDefault(column.name(), "").strip();
    }

    /** The text of a cell exactly as found; empty when the column is absent. */
    public String raw(SubmissionColumn column) {
        return cells.getOrDefault(column.name(), "");
    }
}
