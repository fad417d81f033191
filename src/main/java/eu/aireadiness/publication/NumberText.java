package eu.aireadiness.publication;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;


/**
 * Numbers and names as printed in the PDF: scores with one decimal, values with one to three decimals, rounded
 * half up only here, when printing. An absent number prints as an en dash.
 */
final class NumberText {

    static final String ABSENT = "\u2013";

    private final DecimalFormat oneDecimal;
    private final DecimalFormat value;

    NumberText(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        oneDecimal = new DecimalFormat("0.0", symbols);
        oneDecimal.setRoundingMode(RoundingMode.HALF_UP);
        value = new DecimalFormat("0.0##", symbols);
        value.setRoundingMode(RoundingMode.HALF_UP);
    }

    String score(double score) {
        return oneDecimal.format(score);
    }

    String score(OptionalDouble score) {
        return score.isPresent() ? score(score.getAsDouble()) : ABSENT;
    }

    /** A change with its sign, one decimal; a change that rounds to zero prints without sign. */
    String change(OptionalDouble change) {
        if (change.isEmpty()) {
            return ABSENT;
        }
        String text = oneDecimal.format(change.getAsDouble());
        String unsigned = text.startsWith("-") ? text.substring(1) : text;
        if (unsigned.equals(oneDecimal.format(0))) {
            return unsigned;
        }
        return text.startsWith("-") ? text : "+" + text;
    }

    String value(OptionalDouble value) {
        return value.isPresent() ? this.value.format(value.getAsDouble()) : ABSENT;
    }

    static String rank(OptionalInt rank) {
        return rank.isPresent() ? Integer.toString(rank.getAsInt()) : ABSENT;
    }

    /** A rank interval rounded outwards to whole ranks, "3–6", or "3" when both ends are the same rank. */
    static String rankInterval(java.util.Optional<RankInterval> interval) {
        if (interval.isEmpty()) {
            return ABSENT;
        }
        int low = interval.get().lowRank();
        int high = interval.get().highRank();
        return low == high ? Integer.toString(low) : low + "\u2013" + high;
    }

}
