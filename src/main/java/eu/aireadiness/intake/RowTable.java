package eu.aireadiness.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.aireadiness.validation.SubmissionRule;
import eu.aireadiness.validation.ValidationProblem;

/** Turns positional rows under a header into rows keyed by column name, the same way for CSV and XLSX. */
final class RowTable {

    /** Says where a cell is, the way the file's own program shows it: "line 5, field 9" or "sheet 'Data', cell I5". */
    interface Locator {
        String where(long row, int columnIndex);
    }

    private final String label;
    private final Locator locator;
    private final List<String> columnNames = new ArrayList<>();
    private final List<SubmittedRow> rows = new ArrayList<>();
    private final List<ValidationProblem> problems = new ArrayList<>();
    private final Set<Integer> unnamedReported = new HashSet<>();

    RowTable(String label, Locator locator, List<String> header, long headerRow) {
        this.label = label;
        this.locator = locator;
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
            columnNames.add(name);
        }
    }

    void add(long row, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (String name : columnNames) {
            if (!name.isEmpty()) {
                byName.put(name, "");
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            String name = i < columnNames.size() ? columnNames.get(i) : "";
            if (!name.isEmpty()) {
                byName.put(name, cells.get(i));
            } else if (!cells.get(i).isBlank() && unnamedReported.add(i)) {
                problems.add(SubmissionRule.UNNAMED_COLUMN.problem(row, "", cells.get(i),
                        label + ", " + locator.where(row, i) + ": the value '" + cells.get(i)
                                + "' has no column name in the header, so this column was ignored. Give the column"
                                + " one of the submission's column names or delete its values."));
            }
        }
        rows.add(new SubmittedRow(row, byName));
    }

    List<SubmittedRow> rows() {
        return rows;
    }

    List<ValidationProblem> problems() {
        return problems;
    }
}
