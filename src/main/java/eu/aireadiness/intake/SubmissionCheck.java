package eu.aireadiness.intake;

import java.util.List;
import java.util.function.Consumer;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.validation.EditionAdmissions;
import eu.aireadiness.validation.FileCheck;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.RowListener;
import eu.aireadiness.submission.SubmissionFile;

/** Reads a dropped file and validates it against the framework as it streams in: the whole check of one submission. */
public final class SubmissionCheck {

    private final SubmissionValidator validator;
    private final SubmissionLimits limits;

    /** A check without a register of editions, for tools that check a file for any year (benchmarks, tests). */
    public SubmissionCheck(Framework framework, SubmissionLimits limits) {
        this.validator = new SubmissionValidator(framework.codebook(), List.copyOf(framework.countries()),
                framework.reference());
        this.limits = limits;
    }

    /** The intake's check: a file for an edition that does not take submissions is refused. */
    public SubmissionCheck(Framework framework, EditionAdmissions admissions, SubmissionLimits limits) {
        this.validator = new SubmissionValidator(framework.codebook(), List.copyOf(framework.countries()),
                framework.reference(), admissions);
        this.limits = limits;
    }

    /**
     * Reads and checks a file, handing each valid observation to {@code valid} as soon as its row is read, while the
     * file shows no error. A file the report rejects may have handed some on: the caller discards them. A rejected
     * file is read a second time when its report needs what the whole file says (see {@link FileCheck}).
     *
     * @param previous the accepted values of earlier editions, to catch implausible changes
     */
    public ValidationReport check(SubmissionFile file, PreviousValues previous, Consumer<Observation> valid) {
        FileCheck first = validator.firstCheck(file, previous, valid);
        ReadResult read = read(file, first);
        if (!first.needsExactCheck(read)) {
            return first.report(read);
        }
        FileCheck exact = validator.check(file, first.basis(read), previous, observation -> { });
        return exact.report(read(file, exact));
    }

    private ReadResult read(SubmissionFile file, RowListener listener) {
        return ReadAhead.read(ahead -> SubmissionReader.read(file.path(), limits, ahead), listener);
    }
}
