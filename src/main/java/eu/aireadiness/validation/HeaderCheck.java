package eu.aireadiness.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/**
 * Checks the header: every required column present, no column the format does not know, and the structure columns
 * of one SDMX-CSV version, whole: {@code DATAFLOW} (1.0), or {@code STRUCTURE} with {@code STRUCTURE_ID} and
 * optionally {@code ACTION} (2.0).
 */
final class HeaderCheck {

    static final String FORMAT = String.join(",", SubmissionColumn.dataColumns().stream().map(Enum::name).toList());

    private HeaderCheck() {
    }

    static List<ValidationProblem> check(ReadResult read, Where where) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<String> found = read.header().stream().map(SubmissionColumn::canonical).filter(h -> !h.isEmpty())
                .toList();
        for (SubmissionColumn column : SubmissionColumn.values()) {
            if (column.required() && !found.contains(column.name())) {
                problems.add(SubmissionRule.MISSING_COLUMN.problem(read.headerRow(), column.name(), "",
                        where.row(read.headerRow()) + ": the header has no column '" + column.name() + "'; found "
                                + String.join(",", found) + ". Add the column; the header of a submission is "
                                + FORMAT + " (in any order)."));
            }
        }
        for (String header : read.header()) {
            String name = SubmissionColumn.canonical(header);
            Optional<SubmissionColumn> known = SubmissionColumn.of(header);
            if (!name.isEmpty() && known.isEmpty()) {
                problems.add(SubmissionRule.UNKNOWN_COLUMN.problem(read.headerRow(), name, header,
                        where.row(read.headerRow()) + ", column '" + header.strip() + "': not a column of the"
                                + " submission format, so it was ignored. The columns are " + FORMAT
                                + "; put remarks in NOTE."));
            }
        }
        structure(read, found, where).ifPresent(problems::add);
        return problems;
    }

    private static Optional<ValidationProblem> structure(ReadResult read, List<String> found, Where where) {
        boolean v1 = found.contains(SubmissionColumn.DATAFLOW.name());
        boolean structure = found.contains(SubmissionColumn.STRUCTURE.name());
        boolean structureId = found.contains(SubmissionColumn.STRUCTURE_ID.name());
        boolean action = found.contains(SubmissionColumn.ACTION.name());
        String at = where.row(read.headerRow()) + ": ";
        String problem;
        if (v1 && (structure || structureId || action)) {
            problem = "the header mixes SDMX-CSV 1.0 (DATAFLOW) with columns of SDMX-CSV 2.0 (STRUCTURE, STRUCTURE_ID,"
                    + " ACTION). Keep one: STRUCTURE,STRUCTURE_ID,ACTION (2.0, recommended) or DATAFLOW (1.0).";
        } else if (structure != structureId) {
            problem = "SDMX-CSV 2.0 names the structure in two columns, STRUCTURE (dataflow) and STRUCTURE_ID (its"
                    + " identifier), but the header has only " + (structure ? "STRUCTURE" : "STRUCTURE_ID")
                    + ". Add the other one, as in the submission template.";
        } else if (action && !structure) {
            problem = "ACTION is a column of SDMX-CSV 2.0, which starts with STRUCTURE and STRUCTURE_ID. Add them"
                    + " before ACTION, or leave ACTION out: without it every row is data.";
        } else {
            return Optional.empty();
        }
        return Optional.of(SubmissionRule.SDMX_HEADER.problem(read.headerRow(), "", "", at + problem));
    }
}
