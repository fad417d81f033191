package eu.aireadiness.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/** Checks the header: every required column present, no column the format does not know. */
final class HeaderCheck {

    static final String FORMAT = String.join(",", Arrays.stream(SubmissionColumn.values()).map(Enum::name).toList());

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
        return problems;
    }
}
