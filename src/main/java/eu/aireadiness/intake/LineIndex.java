package eu.aireadiness.intake;

import java.util.Arrays;

/** Where the lines of a text start, so that a character position can be told as a 1-based line number. */
final class LineIndex {

    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        // Primitive ints: a file of millions of blank lines must not cost millions of boxed Integers.
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        starts = Arrays.copyOf(found, count);
    }

    long lineOf(long position) {
        int at = Arrays.binarySearch(starts, (int) position);
        return at >= 0 ? at + 1 : -at - 1;
    }

    String line(long number) {
        int index = (int) number - 1;
        int end = index + 1 < starts.length ? starts[index + 1] : text.length();
        return text.substring(starts[index], end).replaceAll("[\r\n]+$", "");
    }

    String firstNonBlankLine() {
        return line(nextNonBlankLine(0));
    }

    /** The first non-blank line after {@code line}; the line after it when all that follows is blank. */
    long nextNonBlankLine(long line) {
        for (long n = line + 1; n <= starts.length; n++) {
            if (!line(n).isBlank()) {
                return n;
            }
        }
        return Math.min(line + 1, starts.length);
    }
}
