package eu.aireadiness.validation;

import static eu.aireadiness.submission.SubmissionColumn.OBS_VALUE;
import static eu.aireadiness.submission.SubmissionColumn.UNIT_MEASURE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;
import eu.aireadiness.submission.ObsStatus;
import eu.aireadiness.submission.SubmissionFormat.DecimalMark;
import eu.aireadiness.submission.SubmittedRow;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/** Checks a row's value: a number where one belongs, in the indicator's unit, plausible once published. */
final class ValueCheck {

    private final ReferenceData referenceData;
    private final Map<String, Optional<ReferenceValue>> references = new HashMap<>();
    private final Where where;
    private DecimalMark decimalMark;
    private boolean decimalMarkKnown;

    /**
     * @param decimalMark the decimal mark of the file's values; empty when the values tell it, as in a file with ';'
     *                    or tab: then the first value with a decimal separator decides, and a value that writes
     *                    another is not a number (see {@link FileCheck} for why that is exact for a valid file)
     */
    ValueCheck(ReferenceData referenceData, Optional<DecimalMark> decimalMark, Where where) {
        this.referenceData = referenceData;
        this.decimalMark = decimalMark.orElse(DecimalMark.COMMA);
        this.decimalMarkKnown = decimalMark.isPresent();
        this.where = where;
    }

    /** The submitted number; empty when the cell is empty or not a number (the latter adds a problem). */
    OptionalDouble value(SubmittedRow row, Optional<ObsStatus> status, List<ValidationProblem> problems) {
        String raw = row.raw(OBS_VALUE);
        if (!decimalMarkKnown && (raw.indexOf(',') >= 0 || raw.indexOf('.') >= 0)) {
            decimalMark = raw.indexOf(',') >= 0 ? DecimalMark.COMMA : DecimalMark.POINT;
            decimalMarkKnown = true;
        }
        boolean missing = status.isPresent() && status.get() == ObsStatus.M;
        if (raw.isBlank()) {
            if (status.isPresent() && !missing) {
                problems.add(SubmissionRule.VALUE_MISSING.problem(row.row(), OBS_VALUE.name(), raw,
                        where.cell(row.row(), OBS_VALUE) + ": expected a value, found an empty cell. Give the value,"
                                + " or set OBS_STATUS to M if it is not available."));
            }
            return OptionalDouble.empty();
        }
        if (missing) {
            problems.add(SubmissionRule.MISSING_WITH_VALUE.problem(row.row(), OBS_VALUE.name(), raw,
                    where.cell(row.row(), OBS_VALUE) + ": OBS_STATUS is M (missing) but OBS_VALUE holds '" + raw
                            + "'. Either delete the value or set OBS_STATUS to A (normal), E (estimated) or P"
                            + " (provisional)."));
            return OptionalDouble.empty();
        }
        OptionalDouble value = SubmittedNumberText.parse(raw, decimalMark);
        if (value.isEmpty()) {
            problems.add(notANumber(row, raw));
        }
        return value;
    }

    /** Why a value is not taken as a number: not written as one, or one beyond what can be stored. */
    private ValidationProblem notANumber(SubmittedRow row, String raw) {
        String at = where.cell(row.row(), OBS_VALUE);
        Optional<SubmittedNumberText.Bounds> beyond = SubmittedNumberText.beyond(raw, decimalMark);
        if (beyond.isEmpty()) {
            return SubmissionRule.NOT_A_NUMBER.problem(row.row(), OBS_VALUE.name(), raw,
                    at + ": " + SubmittedNumberText.expectation(raw, decimalMark));
        }
        return switch (beyond.get()) {
            case OVERFLOW -> SubmissionRule.NUMBER_OVERFLOW.problem(row.row(), OBS_VALUE.name(), raw, at + ": '"
                    + raw.strip() + "' is larger in size than any number that can be stored (numbers are kept "
                    + SubmittedNumberText.RANGE + "). Check the value and its exponent, the part after the E.");
            case UNDERFLOW -> SubmissionRule.NUMBER_UNDERFLOW.problem(row.row(), OBS_VALUE.name(), raw, at + ": '"
                    + raw.strip() + "' is closer to zero than any number that can be stored with its digits"
                    + " (numbers are kept " + SubmittedNumberText.RANGE + "), so it would be read as 0 or lose digits. Check"
                    + " the value and its exponent, the part after the E; if the value is zero, write 0.");
            case WITHIN -> throw new IllegalStateException("a number within range was not read: '" + raw + "'");
        };
    }

    /** Whether UNIT_MEASURE is the indicator's submission unit; a missing value may leave it empty. */
    boolean unit(SubmittedRow row, Indicator indicator, Optional<ObsStatus> status, List<ValidationProblem> problems) {
        String found = row.cell(UNIT_MEASURE);
        if (found.equalsIgnoreCase(indicator.submissionUnit())
                || found.isEmpty() && status.isPresent() && status.get() == ObsStatus.M) {
            return true;
        }
        String total = indicator.denominator().map(d -> " as the national total (it is divided by " + d
                + " when published)").orElse("");
        problems.add(SubmissionRule.WRONG_UNIT.problem(row.row(), UNIT_MEASURE.name(), row.raw(UNIT_MEASURE),
                where.cell(row.row(), UNIT_MEASURE) + ": expected the unit " + indicator.submissionUnit() + " for "
                        + indicator.code() + " (" + indicator.name() + "), found '" + row.raw(UNIT_MEASURE) + "'."
                        + " Submit " + indicator.code() + " in " + indicator.submissionUnit() + total
                        + " and write " + indicator.submissionUnit() + " in UNIT_MEASURE."));
        return false;
    }

    /**
     * Checks the published value against the plausible range; a denominated value needs the country and year. The
     * message, and how the published value was derived, are written only for a value out of range.
     */
    void range(SubmittedRow row, Indicator indicator, double value, Optional<String> country, int year,
               List<ValidationProblem> problems) {
        String raw = row.raw(OBS_VALUE);
        double published = value * indicator.scale();
        Optional<ReferenceValue> reference = Optional.empty();
        if (indicator.denominator().isPresent()) {
            String series = indicator.denominator().get();
            if (country.isEmpty() || year == 0) {
                return;
            }
            reference = references.computeIfAbsent(country.get() + '|' + year + '|' + series,
                    key -> referenceData.find(country.get(), year, series));
            if (reference.isEmpty()) {
                problems.add(SubmissionRule.NO_REFERENCE_DATA.problem(row.row(), OBS_VALUE.name(), raw,
                        where.cell(row.row(), OBS_VALUE) + ": " + indicator.code() + " is divided by " + series
                                + ", but the reference data hold no " + series + " for " + country.get() + " in "
                                + year + ", so the value cannot be checked. For the index team: add " + series
                                + " of " + country.get() + " for " + year + " to the reference data."));
                return;
            }
            published = value / reference.get().amount() * indicator.scale();
        }
        if (!indicator.plausible().contains(published)) {
            String derivation = reference.map(r -> " (" + raw.strip() + " " + indicator.submissionUnit()
                    + " divided by " + r.series() + " of " + r.country() + " in " + r.year() + ", "
                    + SubmittedNumberText.display(r.amount()) + ", times " + SubmittedNumberText.display(indicator.scale()) + ")")
                    .orElse(indicator.scale() == 1 ? ""
                            : " (" + raw.strip() + " times " + SubmittedNumberText.display(indicator.scale()) + ")");
            String check = indicator.denominator()
                    .map(d -> "Check that OBS_VALUE is the national total in " + indicator.submissionUnit()
                            + ", not a figure already per " + d + ", and check its order of magnitude.")
                    .orElse("Check the value and its unit: " + indicator.code() + " is submitted in "
                            + indicator.submissionUnit() + ".");
            problems.add(SubmissionRule.OUT_OF_RANGE.problem(row.row(), OBS_VALUE.name(), raw,
                    where.cell(row.row(), OBS_VALUE) + ": expected " + indicator.code() + " (" + indicator.name()
                            + ") between " + SubmittedNumberText.display(indicator.plausible().low()) + " and "
                            + SubmittedNumberText.display(indicator.plausible().high()) + " " + indicator.unit() + ", found '"
                            + raw + "', published as " + SubmittedNumberText.display(published) + " " + indicator.unit()
                            + derivation + ". " + check));
        }
    }
}
