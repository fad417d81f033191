package eu.aireadiness.intake;

import java.util.List;
import java.util.Optional;

import eu.aireadiness.submission.SubmissionRule;

/**
 * Refuses a CSV record that Unicode's LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029) ran into the next
 * one. CSV knows only CR and LF as line breaks, and so do the parser and the programs officers use: anything else is
 * a character of a field. They are not turned into line breaks here, because where they do occur in a spreadsheet's
 * CSV it is inside a SOURCE or NOTE text pasted from a web page or a word processor, and often unquoted (spreadsheets
 * quote only fields with a delimiter, a quote or a CR or LF): as line breaks they would cut a valid row in two.
 * Kept as characters, a row that holds one in its text reads as it should, quoted or not. Only where one stands
 * between two rows does it merge them, and then the record is longer than the header (a second row adds its fields
 * to the first) or is the header itself: that is refused with its line, so that no two rows are ever taken as one.
 * The parser strips a separator next to a delimiter as it strips spaces, so which lines hold one is told by the
 * text as it streams past ({@link LineCounter}), not by the fields.
 */
final class UnicodeLineBreaks {

    private static final char LINE_SEPARATOR = '\u2028';
    private static final char PARAGRAPH_SEPARATOR = '\u2029';

    /** A line that holds a separator, and the first it holds. */
    record Separator(long line, char character) {
    }

    private UnicodeLineBreaks() {
    }

    static boolean isSeparator(char c) {
        return c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR;
    }

    /**
     * Refuses the record if a Unicode line or paragraph separator on its line ran it into the next one.
     *
     * @param line      the line the record starts on
     * @param fields    how many fields the record has
     * @param header    the file's header; empty when the record is the header
     * @param separator the first separator on the record's line, if any
     */
    static void requireOneRecordPerRow(String label, long line, int fields, List<String> header,
                                       Optional<Character> separator) throws RefusedFile {
        if (separator.isEmpty() || !header.isEmpty() && fields <= header.size()) {
            return;
        }
        String character = separator.get() == LINE_SEPARATOR ? "a Unicode LINE SEPARATOR (U+2028)"
                : "a Unicode PARAGRAPH SEPARATOR (U+2029)";
        String runs = header.isEmpty() ? "the header runs on into the next row"
                : "the row runs on into the next one: the line has " + fields + " fields where the header has "
                        + header.size();
        throw new RefusedFile(SubmissionRule.ROWS_RUN_TOGETHER.problem(line, "", "", label + ", line " + line
                + ": the line holds " + character + ", which CSV programs do not take for the end of a row, so "
                + runs + ". End every row with an ordinary line break (save the file again from Excel or"
                + " LibreOffice as 'CSV UTF-8'); inside a SOURCE or NOTE text, replace the character with a"
                + " space."));
    }
}
