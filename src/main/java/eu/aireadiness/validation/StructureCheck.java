package eu.aireadiness.validation;

import static eu.aireadiness.submission.SubmissionColumn.ACTION;
import static eu.aireadiness.submission.SubmissionColumn.DATAFLOW;
import static eu.aireadiness.submission.SubmissionColumn.STRUCTURE;
import static eu.aireadiness.submission.SubmissionColumn.STRUCTURE_ID;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.aireadiness.framework.DataflowId;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.SubmittedRow;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.EditionAdmissions.Admission;

/**
 * The structure columns of a row of an SDMX-CSV file: the dataflow it names ({@code DATAFLOW} in 1.0,
 * {@code STRUCTURE} and {@code STRUCTURE_ID} in 2.0) must be the edition's, and its {@code ACTION} must say that the
 * row is data ({@code I} information, {@code A} append, {@code R} replace, {@code M} merge, or empty), or, in an
 * edition opened for revision only, that it deletes the observation ({@code D}). A file without these columns has
 * nothing to check here.
 *
 * <p>A submission is complete (each accepted version replaces the country's earlier one whole), so every data action
 * means the same: this row is the observation of the new version. A deletion says that the new version has no value
 * for the indicator, on purpose: the file is not warned of a missing indicator, and the feedback lists the deletion.
 */
final class StructureCheck {

    /** What a row asks for. */
    enum RowAction { DATA, DELETE }

    private static final List<String> DATA_ACTIONS = List.of("", "I", "A", "R", "M");

    private final Optional<DataflowId> dataflow;
    private final Admission admission;
    private final int edition;
    private final Where where;

    /**
     * @param dataflow  the edition's dataflow; empty when {@code editions.csv} names none, and the identifier is then
     *                  only checked for its form
     * @param admission how the edition takes files
     */
    StructureCheck(Optional<DataflowId> dataflow, Admission admission, int edition, Where where) {
        this.dataflow = dataflow;
        this.admission = admission;
        this.edition = edition;
        this.where = where;
    }

    /** The row's action, adding to {@code problems} what is wrong with its structure columns. */
    RowAction check(SubmittedRow row, List<ValidationProblem> problems) {
        if (row.columns().has(DATAFLOW)) {
            identifier(row, DATAFLOW, problems);
        }
        if (row.columns().has(STRUCTURE)) {
            String structure = row.cell(STRUCTURE);
            if (!structure.toLowerCase(Locale.ROOT).equals("dataflow")) {
                problems.add(SubmissionRule.WRONG_DATAFLOW.problem(row.row(), STRUCTURE.name(), row.raw(STRUCTURE),
                        where.cell(row.row(), STRUCTURE) + ": expected 'dataflow' (submissions are made to the index's"
                                + " dataflow" + dataflow.map(d -> ", " + d).orElse("") + "), found '" + structure
                                + "'. Write dataflow, as in the submission template."));
            }
            identifier(row, STRUCTURE_ID, problems);
        }
        if (!row.columns().has(ACTION)) {
            return RowAction.DATA;
        }
        String action = row.cell(ACTION).toUpperCase(Locale.ROOT);
        if (DATA_ACTIONS.contains(action)) {
            return RowAction.DATA;
        }
        if (!action.equals("D")) {
            problems.add(SubmissionRule.UNKNOWN_ACTION.problem(row.row(), ACTION.name(), row.raw(ACTION),
                    where.cell(row.row(), ACTION) + ": expected an SDMX action, I (information), A (append),"
                            + " R (replace), M (merge) or D (delete), found '" + row.raw(ACTION) + "'. Leave the cell"
                            + " empty for a row of data."));
            return RowAction.DATA;
        }
        if (admission != Admission.REVISION) {
            problems.add(SubmissionRule.DELETE_NOT_IN_REVISION.problem(row.row(), ACTION.name(), row.raw(ACTION),
                    where.cell(row.row(), ACTION) + ": D (delete) is taken only by a published edition opened for"
                            + " revision, and " + edition + " is " + (admission == Admission.OPEN
                            ? "open for submissions, where each file is the country's complete submission: leave"
                            + " the row out to send no value, or send it with OBS_STATUS M and no OBS_VALUE to say"
                            + " the value is not available."
                            : "not open for revision: ask the index team to open it for revision if a published"
                            + " value must be withdrawn.")));
        }
        return RowAction.DELETE;
    }

    /** The message an officer reads for an accepted deletion, with the indicator the row names. */
    ValidationProblem deleted(SubmittedRow row, String indicator) {
        return SubmissionRule.OBSERVATION_DELETED.problem(row.row(), ACTION.name(), row.raw(ACTION),
                where.cell(row.row(), ACTION) + ": D (delete): " + indicator + " has no value in this revision of "
                        + edition + "; the value of the earlier version is withdrawn, and the next publication lists"
                        + " the change. If that is not what you meant, send the file again with the row's value.");
    }

    private void identifier(SubmittedRow row, SubmissionColumn column, List<ValidationProblem> problems) {
        String found = row.cell(column);
        DataflowId named;
        try {
            named = DataflowId.parse(found);
        } catch (IllegalArgumentException e) {
            problems.add(SubmissionRule.WRONG_DATAFLOW.problem(row.row(), column.name(), row.raw(column),
                    where.cell(row.row(), column) + ": " + e.getMessage() + dataflow.map(d -> "; this edition's is "
                            + d).orElse("") + "."));
            return;
        }
        if (dataflow.isPresent() && !dataflow.get().equals(named)) {
            problems.add(SubmissionRule.WRONG_DATAFLOW.problem(row.row(), column.name(), row.raw(column),
                    where.cell(row.row(), column) + ": the file is for the dataflow " + named + ", but the "
                            + edition + " edition takes " + dataflow.get() + (sameFlow(named)
                            ? " (another version of its structure): download this edition's template, or write "
                            + dataflow.get() + " if the file follows it."
                            : ". Check that the file is meant for this index, and write " + dataflow.get() + ".")));
        }
    }

    private boolean sameFlow(DataflowId named) {
        return dataflow.get().agency().equals(named.agency()) && dataflow.get().id().equals(named.id());
    }
}
