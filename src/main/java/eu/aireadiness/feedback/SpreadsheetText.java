package eu.aireadiness.feedback;

import java.util.regex.Pattern;

/**
 * Makes text taken from a submission safe to open in a spreadsheet (CSV injection, as the OWASP guidance on it
 * describes): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be
 * read as a formula, so it gets a leading apostrophe, which spreadsheets take as "this is text" and do not show.
 *
 * <p>A plain number such as {@code -3.5} or {@code +2} is left as it is: it cannot run anything, and an officer
 * comparing the feedback with the file, or a script reading the column, must see the value as written, not as text
 * with an apostrophe.
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text == null ? "" : text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
