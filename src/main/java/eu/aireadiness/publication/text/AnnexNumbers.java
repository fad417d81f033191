package eu.aireadiness.publication.text;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import eu.aireadiness.publication.text.NumberText;

/**
 * Numbers of the method as the annexes print them, in the report's language: codebook numbers (weights, goalposts,
 * targets) as written, shares as percentages, correlation coefficients with two decimals, tolerances in scientific
 * as plain decimals, negative numbers with a minus sign (U+2212). The decimal and grouping signs are
 * {@link NumberText}'s, and so are the formats of scores and values.
 */
public final class AnnexNumbers {

    private final DecimalFormat plain;
    private final DecimalFormat share;
    private final DecimalFormat coefficient;
    private final NumberText numbers;

    public AnnexNumbers(Locale locale) {
        numbers = new NumberText(locale);
        DecimalFormatSymbols symbols = NumberText.symbols(locale);
        // A true minus sign: a line never breaks after it, as it may after a hyphen ("r = -" / "0.90").
        symbols.setMinusSign('\u2212');
        plain = new DecimalFormat("#,##0.####", symbols);
        plain.setRoundingMode(RoundingMode.HALF_UP);
        share = new DecimalFormat(locale.getLanguage().equals("en") ? "#,##0.#%" : "#,##0.#\u00A0%", symbols);
        share.setRoundingMode(RoundingMode.HALF_UP);
        coefficient = new DecimalFormat("0.00", symbols);
        coefficient.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** A number of the codebook or the method file, without trailing zeros: 300, 0.03, 1,000. */
    public String plain(double number) {
        return plain.format(number == 0 ? 0 : number);
    }

    /** A share (0.25) as a percentage of the language (25%, 25 %). */
    public String share(double fraction) {
        return share.format(fraction);
    }

    /** A correlation or reliability coefficient, two decimals; one that could not be computed is an en dash. */
    public String coefficient(double value) {
        if (Double.isNaN(value)) {
            return NumberText.ABSENT;
        }
        String text = coefficient.format(value);
        // -0.00 is a zero that lost its digits to rounding: print it without a sign.
        return text.equals(coefficient.format(-0.0)) && value < 0 ? coefficient.format(0) : text;
    }

    /** A tiny number such as a relative tolerance, in decimals: 0.000000000001, never 1E-12. */
    public String exact(double number) {
        return numbers.exact(number);
    }
}
