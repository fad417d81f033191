package eu.aireadiness.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.intake.Observation;
import eu.aireadiness.intake.ReadResult;
import eu.aireadiness.intake.SubmissionColumn;
import eu.aireadiness.intake.SubmissionFile;
import eu.aireadiness.intake.SubmittedRow;

/**
 * Validates a read submission against the codebook: the header, then every row, then the indicators left out.
 * Plain Java: no I/O, no clock; the same file always gives the same report.
 */
public final class SubmissionValidator {

    private final Codebook codebook;
    private final Map<String, Country> countries;
    private final ReferenceData referenceData;
    private final double maxChange;

    /** A change of more than this share against the previous edition needs a NOTE (else a warning). */
    public static final double DEFAULT_MAX_CHANGE = 0.5;

    public SubmissionValidator(Codebook codebook, List<Country> countries, ReferenceData referenceData) {
        this(codebook, countries, referenceData, DEFAULT_MAX_CHANGE);
    }

    /** @param maxChange the largest relative change against the previous edition accepted without a NOTE */
    public SubmissionValidator(Codebook codebook, List<Country> countries, ReferenceData referenceData,
                               double maxChange) {
        if (!(maxChange > 0)) {
            throw new IllegalArgumentException("the largest change without a NOTE must be above 0, found " + maxChange);
        }
        this.maxChange = maxChange;
        this.codebook = codebook;
        this.countries = countries.stream()
                .collect(Collectors.toMap(Country::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.referenceData = referenceData;
    }

    /** Validates without comparing with earlier editions. */
    public ValidationReport validate(SubmissionFile file, ReadResult read) {
        return validate(file, read, PreviousValues.none());
    }

    public ValidationReport validate(SubmissionFile file, ReadResult read, PreviousValues previous) {
        Where where = Where.of(file, read);
        List<ValidationProblem> problems = new ArrayList<>(read.problems());
        if (read.hasErrors()) {
            return new ValidationReport(file.fileName(), 0, List.of(), problems);
        }
        problems.addAll(HeaderCheck.check(read, where));
        if (problems.stream().anyMatch(ValidationProblem::isError)) {
            return new ValidationReport(file.fileName(), 0, List.of(), problems);
        }
        if (read.rows().isEmpty()) {
            problems.add(SubmissionRule.NO_ROWS.problem(0, "", "", where.file() + ": the file has a header but no"
                    + " data rows. Fill in one row per indicator (" + codebook.indicators().size()
                    + " indicators), as in the submission template."));
            return new ValidationReport(file.fileName(), 0, List.of(), problems);
        }
        int edition = edition(read.rows());
        RowValidator rows = new RowValidator(codebook, countries,
                new ValueCheck(referenceData, read.decimalMark(), where), file.folderCountry(), edition, where);
        List<Observation> observations = new ArrayList<>();
        for (SubmittedRow row : read.rows()) {
            RowValidator.Outcome outcome = rows.validate(row);
            problems.addAll(outcome.problems());
            outcome.observation().ifPresent(observations::add);
        }
        problems.addAll(ChangeCheck.check(observations, previous, maxChange, where));
        for (Indicator indicator : codebook.indicators()) {
            if (!rows.submittedIndicators().contains(indicator.code())) {
                problems.add(SubmissionRule.NOT_SUBMITTED.problem(0, SubmissionColumn.INDICATOR.name(),
                        indicator.code(), where.file() + ": " + indicator.code() + " (" + indicator.name()
                                + ") is not in the file; it is treated as missing. Add a row with its value, or with"
                                + " OBS_STATUS M to confirm that it is not available."));
            }
        }
        return new ValidationReport(file.fileName(), edition, observations, problems);
    }

    /** The year most rows give (the first of equals); 0 when no row gives a four-digit year. */
    static int edition(List<SubmittedRow> rows) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (SubmittedRow row : rows) {
            String period = row.cell(SubmissionColumn.TIME_PERIOD);
            if (period.matches("[0-9]{4}")) {
                counts.merge(Integer.parseInt(period), 1, Integer::sum);
            }
        }
        int edition = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                edition = entry.getKey();
                most = entry.getValue();
            }
        }
        return edition;
    }
}
