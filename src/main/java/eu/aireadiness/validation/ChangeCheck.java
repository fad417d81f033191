package eu.aireadiness.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/**
 * Compares each value with the country's value of the previous edition: a change beyond the threshold is often a
 * unit or typing slip, so it needs an explanation in NOTE; without one it is reported as a warning (the file is
 * still accepted, since real jumps happen: a new supercomputer, a new survey).
 */
final class ChangeCheck {

    private ChangeCheck() {
    }

    /** Category codes (0 none, 1 planned, 2 live...) move by whole steps: a relative change says nothing there. */
    static final String CATEGORY_UNIT = "CODE";

    /** The warning about one valid observation, if it changed too much without a NOTE. */
    static Optional<ValidationProblem> check(Observation o, PreviousValues previous, double maxChange, Where where) {
        if (o.value().isEmpty() || !o.note().isBlank() || o.unit().equals(CATEGORY_UNIT)) {
            return Optional.empty();
        }
        OptionalDouble before = previous.of(o.country(), o.edition() - 1, o.indicator());
        if (before.isEmpty()) {
            return Optional.empty();
        }
        double was = before.getAsDouble();
        double now = o.value().getAsDouble();
        double change = was == 0 ? (now == 0 ? 0 : Double.POSITIVE_INFINITY) : (now - was) / Math.abs(was);
        if (Math.abs(change) <= maxChange) {
            return Optional.empty();
        }
        String by = Double.isInfinite(change) ? "from zero" : String.format(Locale.ROOT, "by %+.0f %%", 100 * change);
        return Optional.of(SubmissionRule.LARGE_CHANGE.problem(o.row(), SubmissionColumn.OBS_VALUE.name(),
                SubmittedNumberText.display(now), where.file() + ", row " + o.row() + ": " + o.indicator() + " changed " + by
                        + " since the " + (o.edition() - 1) + " edition (" + SubmittedNumberText.display(was) + " then, "
                        + SubmittedNumberText.display(now) + " now)" + (Double.isInfinite(change) ? ""
                        : String.format(Locale.ROOT, ", more than %.0f %%", 100 * maxChange)) + ". If the value is"
                        + " right, say why in NOTE (the warning then goes away); otherwise correct it and resend."));
    }
}
