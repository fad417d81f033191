package eu.aireadiness.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * Tells the 1-based line of a character position in a text read once from start to end, without holding the text:
 * the starts of the lines that the reader has passed on but not yet been asked about are kept, and a CSV parser
 * reads ahead by no more than a buffer. CR LF, a lone CR and a lone LF each end a line. It also tells which lines
 * hold a Unicode line or paragraph separator, which are no line break for CSV ({@link UnicodeLineBreaks}).
 */
final class LineCounter extends FilterReader {

    private long[] starts = new long[64];
    private int first;
    private int count;
    private long position;
    private long line = 1;
    private boolean afterCarriageReturn;
    private long startsRecorded;
    /** The lines holding a Unicode line or paragraph separator, passed on and not yet asked about, in order. */
    private final ArrayDeque<UnicodeLineBreaks.Separator> separators = new ArrayDeque<>();

    LineCounter(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        long startOfBuffer = position - offset;
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            // Most characters neither end a line nor follow a carriage return: this test is all they take.
            if (c > '\r' && !afterCarriageReturn) {
                // One comparison for the characters below the separators, which is nearly all of them.
                if (c >= '\u2028' && UnicodeLineBreaks.isSeparator(c)) {
                    separatorOnThisLine(c);
                }
                continue;
            }
            if (afterCarriageReturn && c != '\n') {
                lineStartsAt(startOfBuffer + i);
            }
            if (c == '\n') {
                lineStartsAt(startOfBuffer + i + 1);
            }
            if (UnicodeLineBreaks.isSeparator(c)) {
                separatorOnThisLine(c);
            }
            afterCarriageReturn = c == '\r';
        }
        position += Math.max(n, 0);
        return n;
    }

    /** The line of a character position; positions are asked about in increasing order. */
    long lineOf(long characterPosition) {
        while (count > 0 && starts[first] <= characterPosition) {
            first = (first + 1) % starts.length;
            count--;
            line++;
        }
        return line;
    }

    /**
     * The first Unicode line or paragraph separator on a line, if it holds one; lines are asked about in increasing
     * order, after {@link #lineOf} was asked about a position on them.
     */
    Optional<Character> separatorOn(long line) {
        while (!separators.isEmpty() && separators.peekFirst().line() < line) {
            separators.removeFirst();
        }
        return separators.isEmpty() || separators.peekFirst().line() != line ? Optional.empty()
                : Optional.of(separators.peekFirst().character());
    }

    /** Notes a separator on the line being passed on: the line after all the line starts passed so far. */
    private void separatorOnThisLine(char c) {
        long onLine = startsRecorded + 1;
        if (separators.isEmpty() || separators.peekLast().line() != onLine) {
            separators.addLast(new UnicodeLineBreaks.Separator(onLine, c));
        }
    }

    private void lineStartsAt(long start) {
        startsRecorded++;
        if (count == starts.length) {
            long[] grown = new long[starts.length * 2];
            for (int i = 0; i < count; i++) {
                grown[i] = starts[(first + i) % starts.length];
            }
            starts = grown;
            first = 0;
        }
        starts[(first + count++) % starts.length] = start;
    }
}
