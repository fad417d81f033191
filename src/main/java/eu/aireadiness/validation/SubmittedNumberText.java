package eu.aireadiness.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import eu.aireadiness.submission.SubmissionFormat.DecimalMark;

/** Numbers as officers write them, with the file's decimal mark and no thousands separators. */
final class SubmittedNumberText {

    static final Pattern WITH_POINT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    static final Pattern WITH_COMMA = Pattern.compile("[+-]?(\\d+(,\\d*)?|,\\d+)([eE][+-]?\\d+)?");

    /** A date or time as spreadsheets write them into CSV: 04/05/2026, 4.5.26, 2026-05-04, 12:30, 04/05/2026 12:30. */
    private static final Pattern DATE_OR_TIME = Pattern.compile("(\\d{1,4}([./-])\\d{1,2}\\2\\d{1,4}"
            + "( +\\d{1,2}:\\d{2}(:\\d{2})?)?|\\d{1,2}:\\d{2}(:\\d{2})?)( ?[AaPp][Mm])?");

    /** The errors a spreadsheet cell shows, as written into CSV. */
    private static final Pattern SPREADSHEET_ERROR = Pattern.compile(
            "#(N/A|DIV/0!|REF!|VALUE!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)", Pattern.CASE_INSENSITIVE);

    private SubmittedNumberText() {
    }

    /**
     * The number, or empty when the text is not a number written with the decimal mark (the text {@link
     * #WITH_POINT} or {@link #WITH_COMMA} matches, scanned by hand as it is checked for every value of a file) or
     * names one beyond what can be stored ({@link #beyond}).
     */
    static OptionalDouble parse(String text, DecimalMark mark) {
        String t = text.strip();
        char decimal = mark == DecimalMark.COMMA ? ',' : '.';
        if (!isNumber(t, decimal)) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(decimal == ',' ? t.replace(',', '.') : t);
        return bounds(t, value) == Bounds.WITHIN ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Whether a number's size can be stored with its digits: beyond, it becomes infinite, or 0, or loses digits. */
    enum Bounds { WITHIN, OVERFLOW, UNDERFLOW }

    /**
     * The range of sizes a stored number (a double) holds with all its significant digits: from about 2.2E-308 to
     * 1.8E308, and 0. A number smaller than that but not 0 is stored with fewer digits, or as 0.
     */
    static final String RANGE = "from " + shortScientific(Double.MIN_NORMAL) + " to "
            + shortScientific(Double.MAX_VALUE) + " in size, and 0";

    /**
     * Whether a text the patterns accept names a number beyond what can be stored; empty when it is not written as a
     * number at all, or is within.
     */
    static Optional<Bounds> beyond(String text, DecimalMark mark) {
        String t = text.strip();
        char decimal = mark == DecimalMark.COMMA ? ',' : '.';
        if (!isNumber(t, decimal)) {
            return Optional.empty();
        }
        Bounds bounds = bounds(t, Double.parseDouble(decimal == ',' ? t.replace(',', '.') : t));
        return bounds == Bounds.WITHIN ? Optional.empty() : Optional.of(bounds);
    }

    /** Whether the value read from the text holds what the text says: a non-zero text read as 0 underflowed. */
    private static Bounds bounds(String t, double value) {
        if (Double.isInfinite(value)) {
            return Bounds.OVERFLOW;
        }
        if (value == 0) {
            return hasNonZeroDigit(t) ? Bounds.UNDERFLOW : Bounds.WITHIN;
        }
        return Math.abs(value) < Double.MIN_NORMAL ? Bounds.UNDERFLOW : Bounds.WITHIN;
    }

    /** Whether a digit other than 0 comes before the exponent. */
    private static boolean hasNonZeroDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String shortScientific(double value) {
        return new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP)).toString();
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
        } else if (DATE_OR_TIME.matcher(t).matches()) {
            hint = "It reads as a date or a time: a spreadsheet turns some numbers typed with a point, a slash or a"
                    + " colon into dates, and saves them so in CSV. Format the cell as Number, type the value again"
                    + " and save the CSV file again.";
        } else if (SPREADSHEET_ERROR.matcher(t).matches()) {
            hint = "It is the error a spreadsheet cell showed when the file was saved. Type the value itself; if it is"
                    + " not available, leave OBS_VALUE empty and set OBS_STATUS to M.";
        } else if (t.equalsIgnoreCase("TRUE") || t.equalsIgnoreCase("FALSE")) {
            hint = "It is a spreadsheet's logical value. Type the number itself; if it is not available, leave"
                    + " OBS_VALUE empty and set OBS_STATUS to M.";
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
