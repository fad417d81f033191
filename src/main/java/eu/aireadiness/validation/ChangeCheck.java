package eu.aireadiness.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import eu.aireadiness.intake.Observation;
import eu.aireadiness.intake.SubmissionColumn;

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

    static List<ValidationProblem> check(List<Observation> observations, PreviousValues previous, double maxChange,
                                         Where where) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (Observation o : observations) {
            if (o.value().isEmpty() || !o.note().isBlank() || o.unit().equals(CATEGORY_UNIT)) {
                continue;
            }
            OptionalDouble before = previous.of(o.country(), o.edition() - 1, o.indicator());
            if (before.isEmpty()) {
                continue;
            }
            double was = before.getAsDouble();
            double now = o.value().getAsDouble();
            double change = was == 0 ? (now == 0 ? 0 : Double.POSITIVE_INFINITY) : (now - was) / Math.abs(was);
            if (Math.abs(change) > maxChange) {
                String by = Double.isInfinite(change) ? "from zero"
                        : String.format(Locale.ROOT, "by %+.0f %%", 100 * change);
                problems.add(SubmissionRule.LARGE_CHANGE.problem(o.row(), SubmissionColumn.OBS_VALUE.name(),
                        NumberText.display(now), where.file() + ", row " + o.row() + ": " + o.indicator()
                                + " changed " + by + " since the " + (o.edition() - 1) + " edition ("
                                + NumberText.display(was) + " then, " + NumberText.display(now) + " now)"
                                + (Double.isInfinite(change) ? "" : String.format(Locale.ROOT, ", more than %.0f %%",
                                        100 * maxChange)) + ". If the value is right,"
                                + " say why in NOTE (the warning then goes away); otherwise correct it and resend."));
            }
        }
        return problems;
    }
}
