package eu.aireadiness.intake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import eu.aireadiness.submission.SubmissionRule;

/**
 * How a CSV file's text is encoded, told by its byte order mark or, without one, by where the zero bytes of its
 * header fall. The header's column names are plain ASCII, so UTF-16 writes each of its characters as one zero byte
 * and one other, UTF-32 as three zero bytes and one other, in an order that gives the byte order: an unambiguous
 * pattern, not a guess. UTF-8 and UTF-16 (either byte order, with or without byte order mark) are read; UTF-32 is
 * refused by name, as no spreadsheet program saves CSV in it and the officer only needs to save the file again.
 *
 * @param charset             the encoding the text is decoded with
 * @param byteOrderMarkLength the bytes of the byte order mark, 0 when there is none
 */
record TextEncoding(Charset charset, int byteOrderMarkLength) {

    /** The bytes looked at for the pattern: 16 characters of UTF-32, 32 of UTF-16, all within the header. */
    private static final int SAMPLE = 64;

    private enum Pattern { UTF_32LE, UTF_32BE, UTF_16LE, UTF_16BE, NONE }

    /**
     * The encoding of a text that starts with these bytes.
     *
     * @param head   the first bytes of the file
     * @param length how many of them were read
     */
    static TextEncoding of(byte[] head, int length, String label) throws RefusedFile {
        if (startsWith(head, length, 0x00, 0x00, 0xFE, 0xFF)) {
            throw unsupported(label, "UTF-32 (big-endian, with a byte order mark)");
        }
        // FF FE is also UTF-16's mark; followed by 00 00 it would be a first character U+0000, never in a header.
        if (startsWith(head, length, 0xFF, 0xFE, 0x00, 0x00)) {
            throw unsupported(label, "UTF-32 (little-endian, with a byte order mark)");
        }
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return switch (pattern(head, Math.min(length, SAMPLE))) {
            case UTF_32LE -> throw unsupported(label, "UTF-32 (little-endian, without a byte order mark)");
            case UTF_32BE -> throw unsupported(label, "UTF-32 (big-endian, without a byte order mark)");
            case UTF_16LE -> new TextEncoding(StandardCharsets.UTF_16LE, 0);
            case UTF_16BE -> new TextEncoding(StandardCharsets.UTF_16BE, 0);
            case NONE -> new TextEncoding(StandardCharsets.UTF_8, 0);
        };
    }

    /** The pattern of zero bytes of the sample's whole characters: at least two of them, each ASCII. */
    private static Pattern pattern(byte[] head, int length) {
        if (length >= 8 && everyUnit(head, length - length % 4, 4, 0)) {
            return Pattern.UTF_32LE;
        }
        if (length >= 8 && everyUnit(head, length - length % 4, 4, 3)) {
            return Pattern.UTF_32BE;
        }
        if (length >= 4 && everyUnit(head, length - length % 2, 2, 0)) {
            return Pattern.UTF_16LE;
        }
        if (length >= 4 && everyUnit(head, length - length % 2, 2, 1)) {
            return Pattern.UTF_16BE;
        }
        return Pattern.NONE;
    }

    /** Whether each unit of {@code size} bytes has a non-zero byte at {@code at} and zero bytes elsewhere. */
    private static boolean everyUnit(byte[] bytes, int length, int size, int at) {
        for (int i = 0; i < length; i++) {
            if ((bytes[i] == 0) == (i % size == at)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static RefusedFile unsupported(String label, String encoding) {
        return new RefusedFile(SubmissionRule.UNSUPPORTED_ENCODING.problem(0, "", "", label + ": the file is saved"
                + " as " + encoding + " text, an encoding that is not accepted. Save it again as UTF-8: "
                + CsvText.HOW_TO_SAVE));
    }
}
