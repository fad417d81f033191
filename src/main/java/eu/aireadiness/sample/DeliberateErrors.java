package eu.aireadiness.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.submission.ObsStatus;

/**
 * The mistakes in the one submission of the sample that a validator must reject, each on its own row so that each
 * rule is exercised alone:
 * <ul>
 *   <li>an extra row with {@value #UNKNOWN_INDICATOR}, a code the codebook does not have (a national indicator the
 *       officer added);</li>
 *   <li>{@value #WRONG_UNIT_INDICATOR} submitted in years ({@value #WRONG_UNIT}) where the codebook asks for months:
 *       the value itself, 1.5 or so, would pass a range check;</li>
 *   <li>{@value #OUT_OF_RANGE_INDICATOR} given as {@code 134} per cent, beyond the plausible 0-100.</li>
 * </ul>
 */
final class DeliberateErrors {

    static final String UNKNOWN_INDICATOR = "SKL9";
    static final String WRONG_UNIT_INDICATOR = "GRN5";
    static final String WRONG_UNIT = "YEAR";
    static final String OUT_OF_RANGE_INDICATOR = "SKL1";
    static final BigDecimal OUT_OF_RANGE_VALUE = new BigDecimal("134");

    /** The unknown code goes after the last SKL row, where the officer added it. */
    private static final String INSERT_AFTER = "SKL5";

    private DeliberateErrors() {
    }

    static List<SubmissionRow> applyTo(List<SubmissionRow> rows) {
        List<SubmissionRow> result = new ArrayList<>();
        for (SubmissionRow row : rows) {
            switch (row.indicator()) {
                case WRONG_UNIT_INDICATOR -> result.add(inYears(row));
                case OUT_OF_RANGE_INDICATOR -> result.add(new SubmissionRow(row.country(), row.edition(), row.indicator(),
                        Optional.of(OUT_OF_RANGE_VALUE), row.unit(), ObsStatus.A, row.source(), row.note()));
                default -> result.add(row);
            }
            if (row.indicator().equals(INSERT_AFTER)) {
                result.add(new SubmissionRow(row.country(), row.edition(), UNKNOWN_INDICATOR,
                        Optional.of(new BigDecimal("12.3")), "PC_IND", ObsStatus.A,
                        SourceTexts.institute(row.country()), "National indicator: people with advanced AI skills"));
            }
        }
        return result;
    }

    private static SubmissionRow inYears(SubmissionRow row) {
        Optional<BigDecimal> years = row.value().map(months -> months.divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP));
        return new SubmissionRow(row.country(), row.edition(), row.indicator(), years, WRONG_UNIT, row.status(),
                row.source(), row.note());
    }
}
