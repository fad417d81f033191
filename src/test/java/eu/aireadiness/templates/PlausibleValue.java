package eu.aireadiness.templates;

import java.math.BigDecimal;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.Indicator;

/** What a test officer types into OBS_VALUE: a value the validator takes without a warning. */
final class PlausibleValue {

    private PlausibleValue() {
    }

    /**
     * The middle of the indicator's plausible published range, turned back into submission units: divided by the
     * scale, and for a denominated indicator multiplied by the country's reference value of the edition. Whole
     * numbers for codes and counts; plain decimals otherwise, never in exponent form.
     */
    static String of(Framework framework, String country, int edition, String code) {
        Indicator indicator = framework.codebook().indicator(code).orElseThrow();
        double published = (indicator.plausible().low() + indicator.plausible().high()) / 2;
        double submitted = published / indicator.scale();
        if (indicator.denominator().isPresent()) {
            submitted *= framework.reference().find(country, edition, indicator.denominator().get()).orElseThrow()
                    .amount();
        }
        boolean whole = indicator.submissionUnit().equals("CODE") || indicator.submissionUnit().equals("NR");
        return whole ? Long.toString(Math.round(submitted)) : BigDecimal.valueOf(submitted).toPlainString();
    }
}
