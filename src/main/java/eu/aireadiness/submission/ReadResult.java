package eu.aireadiness.submission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import eu.aireadiness.submission.ValidationProblem;

/**
 * What reading a submitted file gave, before any check against the codebook.
 *
 * @param header    the header cells as found (blank cells kept, so that positions match the file)
 * @param headerRow the line (CSV) or worksheet row (XLSX) of the header, 0 when none was found
 * @param sheet     the worksheet the rows come from; empty for CSV
 * @param rows      the non-blank data rows
 * @param format    what was detected about how the file is written; empty when the file was refused before that
 * @param problems  what went wrong while reading; any error means the file is rejected
 */
public record ReadResult(List<String> header, long headerRow, Optional<String> sheet, List<SubmittedRow> rows,
                         Optional<SubmissionFormat> format, List<ValidationProblem> problems) {

    public ReadResult {
        header = List.copyOf(header);
        Objects.requireNonNull(sheet, "sheet");
        rows = List.copyOf(rows);
        Objects.requireNonNull(format, "format");
        problems = List.copyOf(problems);
    }

    public static ReadResult refused(ValidationProblem problem) {
        return new ReadResult(List.of(), 0, Optional.empty(), List.of(), Optional.empty(), List.of(problem));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ValidationProblem::isError);
    }

    /** The decimal convention OBS_VALUE is to be read with; a point when the format is unknown. */
    public SubmissionFormat.DecimalMark decimalMark() {
        return format.map(SubmissionFormat::decimalMark).orElse(SubmissionFormat.DecimalMark.POINT);
    }
}
