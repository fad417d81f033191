package eu.aireadiness.validation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionFile;

/**
 * Validates submissions against the codebook: the header, then every row, then the indicators left out. A file is
 * checked as it is read ({@link #firstCheck}), or once read whole ({@link #validate}). Plain Java: no I/O, no clock;
 * the same file always gives the same report.
 */
public final class SubmissionValidator {

    /** A change of more than this share against the previous edition needs a NOTE (else a warning). */
    public static final double DEFAULT_MAX_CHANGE = 0.5;

    /** What every check of a file is made against. */
    record Rules(Codebook codebook, Map<String, Integer> indicatorPositions, Map<String, Country> countries,
                 ReferenceData referenceData, double maxChange, Optional<EditionAdmissions> admissions) {
    }

    private final Rules rules;

    /** A validator without a register of editions: a file for any year is checked as if its edition were open. */
    public SubmissionValidator(Codebook codebook, List<Country> countries, ReferenceData referenceData) {
        this(codebook, countries, referenceData, DEFAULT_MAX_CHANGE, Optional.empty());
    }

    /** A validator of the intake, which refuses files for editions that do not take them. */
    public SubmissionValidator(Codebook codebook, List<Country> countries, ReferenceData referenceData,
                               EditionAdmissions admissions) {
        this(codebook, countries, referenceData, DEFAULT_MAX_CHANGE, Optional.of(admissions));
    }

    /** @param maxChange the largest relative change against the previous edition accepted without a NOTE */
    public SubmissionValidator(Codebook codebook, List<Country> countries, ReferenceData referenceData,
                               double maxChange) {
        this(codebook, countries, referenceData, maxChange, Optional.empty());
    }

    private SubmissionValidator(Codebook codebook, List<Country> countries, ReferenceData referenceData,
                                double maxChange, Optional<EditionAdmissions> admissions) {
        if (!(maxChange > 0)) {
            throw new IllegalArgumentException("the largest change without a NOTE must be above 0, found " + maxChange);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < codebook.indicators().size(); i++) {
            positions.put(codebook.indicators().get(i).code(), i);
        }
        this.rules = new Rules(codebook, positions, countries.stream()
                .collect(Collectors.toMap(Country::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)),
                referenceData, maxChange, admissions);
    }

    /**
     * The check of a file about to be read for the first time; it gives each valid row's observation while the
     * file shows no error. When it does, the file is rejected: discard what it gave, and if the check
     * {@linkplain FileCheck#needsExactCheck needs it} read the file again through {@link #check} with its basis.
     */
    public FileCheck firstCheck(SubmissionFile file, PreviousValues previous) {
        return new FileCheck(rules, file, Optional.empty(), previous);
    }

    /** The check of a file whose edition and decimal mark are known; it gives every valid row's observation. */
    public FileCheck check(SubmissionFile file, FileCheck.Basis basis, PreviousValues previous) {
        return new FileCheck(rules, file, Optional.of(basis), previous);
    }

    /** Validates a file read whole; every valid row goes to {@code valid}, even when the file is rejected. */
    public ValidationReport validate(SubmissionFile file, ReadResult read, PreviousValues previous,
                                     Consumer<Observation> valid) {
        FileCheck.YearCount years = new FileCheck.YearCount();
        read.rows().forEach(years::add);
        FileCheck check = check(file, new FileCheck.Basis(years.mostGiven(), read.decimalMark()), previous);
        if (!read.hasErrors()) {
            check.header(read);
            read.rows().forEach(row -> check.row(row).ifPresent(valid));
        }
        return check.report(read);
    }
}
