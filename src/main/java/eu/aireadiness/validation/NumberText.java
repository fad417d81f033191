package eu.aireadiness.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import eu.aireadiness.submission.SubmissionFormat.DecimalMark;

/** Numbers as officers write them, with the file's decimal mark and no thousands separators. */
final class NumberText {

    static final Pattern WITH_POINT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    static final Pattern WITH_COMMA = Pattern.compile("[+-]?(\\d+(,\\d*)?|,\\d+)([eE][+-]?\\d+)?");

    private NumberText() {
    }

    /**
     * The number, or empty when the text is not a finite number written with the decimal mark: the text {@link
     * #WITH_POINT} or {@link #WITH_COMMA} matches, scanned by hand as it is checked for every value of a file.
     */
    static OptionalDouble parse(String text, DecimalMark mark) {
        String t = text.strip();
        char decimal = mark == DecimalMark.COMMA ? ',' : '.';
        if (!isNumber(t, decimal)) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(decimal == ',' ? t.replace(',', '.') : t);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Whether the text is an optional sign, digits with or without the decimal mark, and an optional exponent. */
    private static boolean isNumber(String t, char decimal) {
        int at = skipSign(t, 0);
        int integer = skipDigits(t, at);
        int fraction = integer;
        if (fraction < t.length() && t.charAt(fraction) == decimal) {
            fraction = skipDigits(t, fraction + 1);
        }
        boolean digits = integer > at || fraction > integer + 1;
        if (!digits) {
            return false;
        }
        if (fraction < t.length() && (t.charAt(fraction) == 'e' || t.charAt(fraction) == 'E')) {
            int exponent = skipSign(t, fraction + 1);
            int end = skipDigits(t, exponent);
            return end > exponent && end == t.length();
        }
        return fraction == t.length();
    }

    private static int skipSign(String t, int at) {
        return at < t.length() && (t.charAt(at) == '+' || t.charAt(at) == '-') ? at + 1 : at;
    }

    private static int skipDigits(String t, int at) {
        int end = at;
        while (end < t.length() && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** What was expected, and a hint when the text shows how it went wrong. */
    static String expectation(String text, DecimalMark mark) {
        String t = text.strip();
        String expected = switch (mark) {
            case POINT -> "expected a number with a decimal point, such as 12.5";
            case COMMA -> "expected a number with a decimal comma, as the other values of this file, such as 12,5";
        };
        String hint;
        if (t.contains("%")) {
            hint = "Write the number without the % sign.";
        } else if (mark == DecimalMark.COMMA && WITH_POINT.matcher(t).matches()
                || mark == DecimalMark.POINT && WITH_COMMA.matcher(t).matches()) {
            hint = "Write every value of the file with the same decimal mark and without thousands separators.";
        } else if (t.matches(".*\\d[ .,'\u00A0\u202F]\\d{3}([.,]\\d+)?")) {
            hint = "Write the number without thousands separators.";
        } else {
            hint = "If the value is not available, leave OBS_VALUE empty and set OBS_STATUS to M.";
        }
        return expected + ", found '" + text + "'. " + hint;
    }

    /** A number for a message: up to six significant digits, a '.' decimal, no exponent. */
    static String display(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(6, RoundingMode.HALF_UP)).stripTrailingZeros()
                .toPlainString();
    }
}
