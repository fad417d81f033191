package eu.aireadiness.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import eu.aireadiness.validation.SubmissionRule;

/** Decodes a CSV file's bytes: UTF-8 with or without byte order mark, or UTF-16 with one. Nothing is guessed. */
final class TextDecoding {

    static final String HOW_TO_SAVE = "In Excel, use 'Save As' and choose 'CSV UTF-8 (comma delimited) (*.csv)';"
            + " in LibreOffice Calc, tick 'Edit filter settings' and choose the character set 'Unicode (UTF-8)'.";

    record Decoded(String text, Charset charset, boolean byteOrderMark) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, String label) throws RefusedFile {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, label), StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, label), StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, label), StandardCharsets.UTF_16BE, true);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                long line = lineAt(bytes, 0, i, StandardCharsets.UTF_8);
                throw new RefusedFile(SubmissionRule.INVALID_ENCODING.problem(line, "", "", label + ", line " + line
                                + ": the file contains zero bytes, as UTF-16 text without a byte order mark does;"
                                + " it cannot be read as UTF-8. " + HOW_TO_SAVE));
            }
        }
        return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8, label), StandardCharsets.UTF_8, false);
    }

    private static String strict(byte[] bytes, int start, Charset charset, String label) throws RefusedFile {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            long line = lineAt(bytes, start, at, charset);
            throw new RefusedFile(SubmissionRule.INVALID_ENCODING.problem(line, "", "",
                    label + ", line " + line + ": the file is not valid " + charset.name() + " text (byte 0x"
                            + String.format("%02X", bytes[at] & 0xFF) + " cannot be read); it was probably saved in"
                            + " an older encoding such as Windows-1252. " + HOW_TO_SAVE));
        }
        return out.flip().toString();
    }

    /** The 1-based line of the byte at {@code position}, counting the line breaks decoded before it. */
    private static long lineAt(byte[] bytes, int start, int position, Charset charset) {
        try {
            String before = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, start, position - start)).toString();
            return 1 + before.chars().filter(c -> c == '\n').count();
        } catch (CharacterCodingException e) {
            return 0;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
