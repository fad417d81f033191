package eu.aireadiness.intake;

import java.util.List;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;

/** Reads a dropped file and validates it against the framework: the whole check of one submission. */
public final class SubmissionCheck {

    /** A file together with what its check found. */
    public record Outcome(SubmissionFile file, ValidationReport report) {
    }

    private final SubmissionValidator validator;

    public SubmissionCheck(Framework framework) {
        this.validator = new SubmissionValidator(framework.codebook(), List.copyOf(framework.countries()),
                framework.reference());
    }

    /** @param previous the accepted values of earlier editions, to catch implausible changes */
    public Outcome check(SubmissionFile file, PreviousValues previous) {
        return new Outcome(file, validator.validate(file, SubmissionReader.read(file.path()), previous));
    }
}
