package eu.aireadiness.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.submission.DecimalCommaSplit;
import eu.aireadiness.submission.HeaderColumns;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmittedRow;

/** Turns positional rows under a header into rows that know their columns' names, the same way for CSV and XLSX. */
final class RowTable {

    /** Says where a cell is, the way the file's own program shows it: "line 5, field 9" or "sheet 'Data', cell I5". */
    interface Locator {
        String where(long row, int columnIndex);
    }

    private final String label;
    private final Locator locator;
    private final HeaderColumns columns;
    private final List<ValidationProblem> problems = new ArrayList<>();
    private final Set<Integer> unnamedReported = new HashSet<>();
    private final boolean commaSeparated;

    RowTable(String label, Locator locator, List<String> header, long headerRow) {
        this(label, locator, header, headerRow, false);
    }

    /**
     * @param commaSeparated whether the rows are those of a comma-separated CSV file, where a number written with a
     *                       comma is split into fields ({@link DecimalCommaSplit}): the validator refuses such a row
     *                       for its value, so the fields the split pushed past the header are not reported here
     */
    RowTable(String label, Locator locator, List<String> header, long headerRow, boolean commaSeparated) {
        this.label = label;
        this.locator = locator;
        this.commaSeparated = commaSeparated;
        List<String> names = new ArrayList<>();
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = SubmissionColumn.canonical(header.get(i));
            Integer earlier = name.isEmpty() ? null : firstPosition.putIfAbsent(name, i);
            if (earlier != null) {
                problems.add(SubmissionRule.DUPLICATE_COLUMN.problem(headerRow, name, header.get(i),
                        label + ", " + locator.where(headerRow, i) + ": the header names column '" + name
                                + "' a second time (first at " + locator.where(headerRow, earlier)
                                + "). Keep one column of that name and delete or rename the other."));
                name = "";
            }
            names.add(name);
        }
        this.columns = new HeaderColumns(names);
    }

    /** The row, or empty when all its cells are blank. A value under no column name is reported once per column. */
    Optional<SubmittedRow> row(long row, List<String> found) {
        SubmittedRow submitted = new SubmittedRow(row, columns, found);
        List<String> cells = commaSeparated
                ? DecimalCommaSplit.mended(submitted).map(SubmittedRow::values).orElse(found) : found;
        boolean blank = true;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            blank &= cell.isBlank();
            boolean named = i < columns.names().size() && !columns.names().get(i).isEmpty();
            if (!named && !cell.isBlank() && unnamedReported.add(i)) {
                problems.add(SubmissionRule.UNNAMED_COLUMN.problem(row, "", cell,
                        label + ", " + locator.where(row, i) + ": the value '" + cell
                                + "' has no column name in the header, so this column was ignored. Give the column"
                                + " one of the submission's column names or delete its values."));
            }
        }
        return blank ? Optional.empty() : Optional.of(submitted);
    }

    List<ValidationProblem> problems() {
        return problems;
    }
}
