package eu.aireadiness.publication.opendata;

import java.math.BigDecimal;

import eu.aireadiness.publication.PublicationException;

/** Numbers of the open data: full precision, '.' as decimal point, no exponent, whole numbers (ranks) without ".0". */
final class OpenDataNumbers {

    private OpenDataNumbers() {
    }

    static String text(double number) {
        return isWhole(number) ? Long.toString((long) number) : CsvScoresWriter.number(number);
    }

    static boolean isWhole(double number) {
        if (!Double.isFinite(number)) {
            throw new PublicationException("a published number must be finite, found " + number
                    + "; check the scoring step");
        }
        return number == Math.rint(number) && Math.abs(number) < 1e15;
    }

    static BigDecimal decimal(double number) {
        return isWhole(number) ? BigDecimal.valueOf((long) number) : BigDecimal.valueOf(number);
    }
}
