package eu.aireadiness.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmittedRow;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionFormat;

/**
 * Finds the data sheet of a workbook, the first whose first non-empty row holds the required header (the template
 * puts an instructions sheet before it), and reads its rows.
 */
final class SheetReader {

    private record Candidate(Sheet sheet, Row headerRow, List<String> header, long required, long known) {
    }

    private final String label;
    private final SubmissionLimits limits;

    SheetReader(String label, SubmissionLimits limits) {
        this.label = label;
        this.limits = limits;
    }

    ReadResult read(Workbook workbook) throws RefusedFile {
        Candidate best = null;
        for (Sheet sheet : workbook) {
            Optional<Candidate> candidate = candidate(sheet);
            if (candidate.isPresent()) {
                requireColumns(candidate.get().headerRow());
            }
            if (candidate.isPresent() && (best == null || candidate.get().required() > best.required()
                    || candidate.get().required() == best.required() && candidate.get().known() > best.known())) {
                best = candidate.get();
            }
            if (best != null && best.required() == requiredCount()) {
                break;
            }
        }
        if (best == null) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add("'" + s.getSheetName() + "'"));
            throw new RefusedFile(SubmissionRule.NO_DATA_SHEET.problem(0, "", "", label + ": no sheet starts with"
                    + " the submission header (sheets: " + String.join(", ", names) + "). The data sheet's first row"
                    + " must name the columns REF_AREA, TIME_PERIOD, INDICATOR, OBS_VALUE, UNIT_MEASURE, OBS_STATUS,"
                    + " SOURCE, NOTE; use the submission template."));
        }
        return rows(best);
    }

    private ReadResult rows(Candidate data) throws RefusedFile {
        String sheetName = data.sheet().getSheetName();
        // Rows without content count too: the bound is on what the sheet makes the reader walk through.
        if (data.sheet().getLastRowNum() - data.headerRow().getRowNum() > limits.maxRows()) {
            throw new RefusedFile(SubmissionRule.TOO_MANY_ROWS.problem(0, "", "", label + ", sheet '" + sheetName
                    + "': the sheet goes down to row " + (data.sheet().getLastRowNum() + 1) + ", more than the "
                    + limits.maxRows() + " data rows a submission may have (one row per indicator makes about 30),"
                    + " so it was not read. Delete the rows below the submission table, or send only the"
                    + " template's Data sheet."));
        }
        long headerRow = data.headerRow().getRowNum() + 1L;
        RowTable table = new RowTable(label, (row, column) -> "sheet '" + sheetName + "', cell "
                + CellReference.convertNumToColString(column) + row, data.header(), headerRow);
        List<SubmittedRow> rows = new ArrayList<>();
        List<ValidationProblem> cellProblems = new ArrayList<>();
        for (int r = data.headerRow().getRowNum() + 1; r <= data.sheet().getLastRowNum(); r++) {
            Row row = data.sheet().getRow(r);
            if (row != null) {
                table.row(r + 1L, cells(row, data.header(), cellProblems)).ifPresent(rows::add);
            }
        }
        List<ValidationProblem> problems = new ArrayList<>(table.problems());
        problems.addAll(cellProblems);
        return new ReadResult(data.header(), headerRow, Optional.of(sheetName), rows,
                Optional.of(SubmissionFormat.xlsx()), problems);
    }

    private List<String> cells(Row row, List<String> header, List<ValidationProblem> problems) throws RefusedFile {
        requireColumns(row);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            String text = CellText.of(cell);
            cells.add(text);
            if (cell == null || text.isBlank() && cell.getCellType() != CellType.FORMULA) {
                continue;
            }
            String column = c < header.size() ? SubmissionColumn.canonical(header.get(c)) : "";
            String where = label + ", sheet '" + row.getSheet().getSheetName() + "', cell "
                    + new CellReference(row.getRowNum(), c).formatAsString() + (column.isEmpty() ? "" : " (" + column + ")");
            Optional<ValidationProblem> notWhatTheColumnTakes = CellContentCheck.refusal(cell, column, where);
            if (notWhatTheColumnTakes.isPresent()) {
                problems.add(notWhatTheColumnTakes.get());
                continue;
            }
            if (cell.getCellType() == CellType.FORMULA) {
                problems.add(SubmissionRule.FORMULA_CELL.problem(row.getRowNum() + 1L, column, text,
                        CellText.hasCachedResult(cell)
                                ? where + ": holds the formula =" + cell.getCellFormula() + "; its last computed value '"
                                        + text + "' was used. Paste the values instead (Paste Special > Values) so"
                                        + " that what you see is what is submitted."
                                : where + ": holds the formula =" + cell.getCellFormula() + " with no saved result, so"
                                        + " the cell was read as empty. Type the value itself into the cell."));
            }
            if (!text.isBlank() && CellText.isPercentFormatted(cell)) {
                problems.add(SubmissionRule.PERCENT_FORMAT.problem(row.getRowNum() + 1L, column, text, where
                        + ": the cell is formatted as a percentage, so Excel shows 100 times the number it holds ("
                        + text + "). Remove the percentage format and type the number as the unit asks"
                        + " (for a percentage, 45 for 45%)."));
            }
        }
        return cells;
    }

    private void requireColumns(Row row) throws RefusedFile {
        if (row.getLastCellNum() > limits.maxColumns()) {
            throw new RefusedFile(SubmissionRule.TOO_MANY_COLUMNS.problem(row.getRowNum() + 1L, "", "", label
                    + ", sheet '" + row.getSheet().getSheetName() + "', row " + (row.getRowNum() + 1) + ": the row"
                    + " goes across to column " + CellReference.convertNumToColString(row.getLastCellNum() - 1)
                    + " (" + row.getLastCellNum() + " columns), more than the " + limits.maxColumns() + " a"
                    + " submission may have (the template has 8), so the workbook was not read. Delete the columns"
                    + " right of the submission table."));
        }
    }

    private static Optional<Candidate> candidate(Sheet sheet) {
        for (Row row : sheet) {
            List<String> header = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                header.add(CellText.of(row.getCell(c)));
            }
            if (header.stream().allMatch(String::isBlank)) {
                continue;
            }
            long known = header.stream().map(SubmissionColumn::of).flatMap(Optional::stream).distinct().count();
            long required = header.stream().map(SubmissionColumn::of).flatMap(Optional::stream)
                    .filter(SubmissionColumn::required).distinct().count();
            return known == 0 ? Optional.empty() : Optional.of(new Candidate(sheet, row, header, required, known));
        }
        return Optional.empty();
    }

    private static long requiredCount() {
        return Arrays.stream(SubmissionColumn.values()).filter(SubmissionColumn::required).count();
    }
}
