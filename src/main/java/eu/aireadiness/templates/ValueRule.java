package eu.aireadiness.templates;

import java.math.BigDecimal;
import java.util.Optional;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Range;

/**
 * What Excel lets an officer type into an indicator's OBS_VALUE cell. The plausible range of the codebook bounds the
 * published value; where no denominator applies it is turned back into submission units (divided by the scale). A
 * denominated indicator is a national total whose plausible size depends on the country's population or GDP, so
 * Excel only asks for a number of 0 or more and the pipeline's validator checks the rest.
 *
 * @param wholeNumber codes and counts (units CODE and NR) take whole numbers only
 * @param range       the bounds in submission units; empty for "0 or more"
 */
record ValueRule(boolean wholeNumber, Optional<Range> range) {

    static ValueRule of(Indicator indicator) {
        boolean whole = indicator.submissionUnit().equals("CODE") || indicator.submissionUnit().equals("NR");
        if (indicator.isDenominated()) {
            return new ValueRule(whole, Optional.empty());
        }
        Range plausible = indicator.plausible();
        return new ValueRule(whole, Optional.of(new Range(plausible.low() / indicator.scale(),
                plausible.high() / indicator.scale())));
    }

    /** The lowest value allowed, as Excel's formula text. */
    String lowest() {
        return number(range.map(Range::low).orElse(0.0));
    }

    /** The highest value allowed, as Excel's formula text; only meaningful with a range. */
    String highest() {
        return number(range.map(Range::high).orElse(0.0));
    }

    /** A number as plain decimal text, never in exponent form or with grouping: 0.03, 1000, -50. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
