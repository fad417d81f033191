package eu.aireadiness.publication.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.results.RankInterval;

/**
 * Numbers as printed in the publications, the one place that turns a number into text: scores with one decimal,
 * an indicator's values with the codebook's decimals for that indicator, counts as whole numbers, rounded half up
 * only here, when printing. An absent number prints as an en dash.
 *
 * <p>Separators follow the Interinstitutional Style Guide of the Publications Office of the EU (style-guide.europa.eu,
 * the common rules on writing numbers): English writes a decimal point and separates thousands with a comma
 * ("1,000.5"); German and French, like the other official languages, write a decimal comma and separate groups of
 * three digits with a non-breaking space ("1 000,5"), which a line break cannot split and which, unlike the point
 * German usage also knows, cannot be read as a decimal sign by a reader of another language. The separators are
 * set here rather than taken from the JDK's locale data, whose French grouping sign (a narrow no-break space) and
 * German one (a point) differ from that rule and between JDK versions. Numbers are never printed in scientific
 * notation.
 */
public final class NumberText {

    public static final String ABSENT = "\u2013";

    /** The most decimals any number is printed with, whatever the codebook asks. */
    public static final int MAX_DECIMALS = Indicator.MAX_DECIMALS;

    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final DecimalFormat[] fixed = new DecimalFormat[MAX_DECIMALS + 1];
    private final DecimalFormat value;

    public NumberText(Locale locale) {
        this.locale = locale;
        this.symbols = symbols(locale);
        for (int decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
            fixed[decimals] = format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
        }
        value = format("#,##0.0##");
    }

    /** The decimal sign and the grouping sign of a language, as the Interinstitutional Style Guide writes them. */
    public static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = locale.getLanguage().equals("en");
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '\u00A0');
        symbols.setMinusSign('-');
        return symbols;
    }

    private DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    Locale locale() {
        return locale;
    }

    public String score(double score) {
        return fixed[1].format(score);
    }

    public String score(OptionalDouble score) {
        return score.isPresent() ? score(score.getAsDouble()) : ABSENT;
    }

    /** A change with its sign, one decimal; a change that rounds to zero prints without sign. */
    public String change(OptionalDouble change) {
        return change.isPresent() ? signed(change.getAsDouble(), 1) : ABSENT;
    }

    /** A number with a fixed count of decimals, with its sign ("+1.3", "-2.70"); zero once rounded has none. */
    String signed(double number, int decimals) {
        String text = number(number, decimals);
        String unsigned = text.startsWith("-") ? text.substring(1) : text;
        if (unsigned.equals(number(0, decimals))) {
            return unsigned;
        }
        return text.startsWith("-") ? text : "+" + text;
    }

    /**
     * A number that belongs to no indicator (a factor of the method, a weight): one to three decimals, as many as
     * it needs. Values of an indicator go through {@link #value(Indicator, OptionalDouble)}.
     */
    public String value(OptionalDouble value) {
        return value.isPresent() ? this.value.format(value.getAsDouble()) : ABSENT;
    }

    /** A value of the indicator (or its 2030 target), with the codebook's decimals for it: "2" for a code. */
    public String value(Indicator indicator, OptionalDouble value) {
        return value.isPresent() ? value(indicator, value.getAsDouble()) : ABSENT;
    }

    /** A value of the code's indicator with its decimals; a code the codebook does not have gets one to three. */
    public String value(Codebook codebook, String code, OptionalDouble value) {
        return codebook.indicator(code).map(indicator -> value(indicator, value)).orElseGet(() -> value(value));
    }

    public String value(Indicator indicator, double value) {
        return number(value, indicator.decimals());
    }

    /** A number with exactly {@code decimals} decimals (0 to {@value #MAX_DECIMALS}), grouped by thousands. */
    public String number(double number, int decimals) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ", found " + decimals);
        }
        String text = fixed[decimals].format(number);
        // "-0.0": a negative number that rounds to zero is zero.
        return isZero(text) && text.startsWith("-") ? text.substring(1) : text;
    }

    /**
     * A share (0.234) as a percentage with one decimal: "23.4%" in English, "23,4 %" (a non-breaking space before
     * the sign) in German and French, as the Interinstitutional Style Guide writes percentages in each language.
     */
    public String percent(double share) {
        return number(share * 100, 1) + (locale.getLanguage().equals("en") ? "%" : "\u00A0%");
    }

    /** A count or any whole number, grouped by thousands: "1,000" in English, "1 000" in German and French. */
    public String count(long count) {
        return fixed[0].format(count);
    }

    /**
     * A small quantity of the method (a tolerance such as 1.0e-12) written out in decimals, never as "1E-12": the
     * plain decimal digits of the number, with the language's decimal sign.
     */
    public String exact(double number) {
        String plain = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        if (!plain.contains(".")) {
            return count(Long.parseLong(plain));
        }
        String whole = plain.substring(0, plain.indexOf('.'));
        String fraction = plain.substring(plain.indexOf('.') + 1);
        return count(Long.parseLong(whole)) + symbols.getDecimalSeparator() + fraction;
    }

    private boolean isZero(String text) {
        return text.chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    static String rank(OptionalInt rank) {
        return rank.isPresent() ? Integer.toString(rank.getAsInt()) : ABSENT;
    }

    /** A rank interval rounded outwards to whole ranks, "3–6", or "3" when both ends are the same rank. */
    public static String rankInterval(Optional<RankInterval> interval) {
        if (interval.isEmpty()) {
            return ABSENT;
        }
        return rankRange(interval.get().lowRank(), interval.get().highRank());
    }

    /** Two ranks as a range, "3–6", or one rank when both are the same: every rank range is printed so. */
    static String rankRange(int low, int high) {
        return low == high ? Integer.toString(low) : low + "\u2013" + high;
    }
}
