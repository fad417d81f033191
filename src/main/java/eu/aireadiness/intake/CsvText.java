package eu.aireadiness.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import eu.aireadiness.submission.SubmissionRule;

/**
 * The text of a CSV file, decoded as it streams in, so that a file of any length costs a buffer of memory. It is
 * UTF-8 or UTF-16, with or without byte order mark ({@link TextEncoding}), decoded strictly: nothing is guessed,
 * and a byte that is not text refuses the file naming its line. The size limit (the file may grow while read) and
 * the line length are judged on the bytes as they come, so that a huge file or an endless line is refused having
 * cost next to nothing. A refusal surfaces from {@code read} as a {@link Refusal}: a Reader can throw nothing but
 * IOExceptions.
 */
final class CsvText extends Reader {

    static final String HOW_TO_SAVE = "In Excel, use 'Save As' and choose 'CSV UTF-8 (comma delimited) (*.csv)';"
            + " in LibreOffice Calc, tick 'Edit filter settings' and choose the character set 'Unicode (UTF-8)'.";

    private static final int BUFFER_BYTES = 64 * 1024;

    /** A refusal found while the text was read. */
    static final class Refusal extends IOException {

        private final transient RefusedFile refused;

        Refusal(RefusedFile refused) {
            super(refused.getMessage(), null);
            this.refused = refused;
        }

        RefusedFile refused() {
            return refused;
        }
    }

    private final InputStream in;
    private final String label;
    private final SubmissionLimits limits;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_BYTES);
    private final Charset charset;
    private final boolean byteOrderMark;
    private final CharsetDecoder decoder;
    private boolean endOfInput;
    private boolean flushed;
    /** Bytes read so far, the byte order mark included. */
    private long size;
    /** The line and line length of the bytes, for the line length limit: CR LF, a lone CR or a lone LF end a line. */
    private long line = 1;
    private long lineLength;
    private byte previous;
    /** Line feeds read and decoded so far, for the line of a byte that is not text. */
    private long lineFeedBytes;
    private long lineFeedChars;

    private CsvText(InputStream in, String label, SubmissionLimits limits) throws IOException, RefusedFile {
        this.in = in;
        this.label = label;
        this.limits = limits;
        bytes.flip();
        chars.flip();
        int first = readBytes();
        byte[] head = new byte[Math.min(first, 8)];
        bytes.get(0, head);
        if (FileSignature.of(head) != FileSignature.OTHER) {
            throw new RefusedFile(SubmissionRule.NOT_A_CSV.problem(0, "", "", label + ": the file is named .csv but"
                    + " is an Excel workbook or another binary file. Rename it to .xlsx if it is the Excel template,"
                    + " or open it in Excel and save it as 'CSV UTF-8 (comma delimited) (*.csv)'."));
        }
        TextEncoding encoding = TextEncoding.of(bytes.array(), first, label);
        charset = encoding.charset();
        bytes.position(encoding.byteOrderMarkLength());
        byteOrderMark = bytes.position() > 0;
        decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        checkNewBytes(0, first);
    }

    /** Opens a file's text; the file is refused at once if its first bytes show it is no text file. */
    static CsvText open(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        InputStream in = null;
        try {
            in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
            return new CsvText(in, label, limits);
        } catch (Refusal e) {
            close(in);
            throw e.refused();
        } catch (IOException e) {
            close(in);
            throw BoundedRead.unreadable(label, e);
        } catch (RefusedFile e) {
            close(in);
            throw e;
        }
    }

    Charset charset() {
        return charset;
    }

    boolean byteOrderMark() {
        return byteOrderMark;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (!chars.hasRemaining() && !decodeMore()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Decodes the next characters; false at the end of the text. The decoder leaves the bytes of a character cut by
     * the buffer's end (fewer than 4) for the next read.
     */
    private boolean decodeMore() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            if (!endOfInput && bytes.remaining() < 4) {
                readMore();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (!result.isError() && endOfInput && !bytes.hasRemaining()) {
                result = decoder.flush(chars);
                flushed = result.isUnderflow();
            }
            if (result.isError()) {
                throw notText(chars);
            }
        }
        char[] decoded = chars.array();
        for (int i = 0; i < chars.position(); i++) {
            if (decoded[i] == '\n') {
                lineFeedChars++;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /** Reads the next bytes after those not yet decoded (at most 3: a character cut by the buffer's end). */
    private void readMore() throws IOException {
        int start = bytes.remaining();
        checkNewBytes(start, readBytes());
    }

    private int readBytes() throws IOException {
        bytes.compact();
        int start = bytes.position();
        int n = in.readNBytes(bytes.array(), start, bytes.remaining());
        bytes.position(start + n).flip();
        endOfInput = n == 0;
        return n;
    }

    /** The limits, judged on the raw bytes; a zero byte is refused in UTF-8 text, where it is never a character. */
    private void checkNewBytes(int start, int n) throws Refusal {
        size += n;
        if (size > limits.maxFileBytes()) {
            throw new Refusal(BoundedRead.tooLarge(label, size, limits));
        }
        byte[] array = bytes.array();
        int lineStart = start;
        for (int i = start; i < start + n; i++) {
            byte b = array[i];
            // Most bytes are neither a line break nor zero (those of characters beyond ASCII are negative): this
            // test is all they take, and a line's length is counted when it ends.
            if (b > '\r' || b < 0) {
                continue;
            }
            if (b == '\r' || b == '\n') {
                requireLineLength(lineLength + i - lineStart);
                byte before = i > start ? array[i - 1] : previous;
                line += b == '\n' && before == '\r' ? 0 : 1;
                lineFeedBytes += b == '\n' ? 1 : 0;
                lineLength = 0;
                lineStart = i + 1;
            } else if (b == 0 && charset.equals(StandardCharsets.UTF_8)) {
                requireLineLength(lineLength + i - lineStart + 1);
                long at = 1 + lineFeedBytes;
                throw new Refusal(new RefusedFile(SubmissionRule.INVALID_ENCODING.problem(at, "", "", label
                        + ", line " + at + ": the file contains zero bytes, which UTF-8 text never holds (it may be"
                        + " UTF-16 or UTF-32 text, or no text at all), so it cannot be read. " + HOW_TO_SAVE)));
            }
        }
        lineLength += start + n - lineStart;
        requireLineLength(lineLength);
        if (n > 0) {
            previous = array[start + n - 1];
        }
    }

    private void requireLineLength(long length) throws Refusal {
        if (length > limits.maxLineBytes()) {
            throw new Refusal(BoundedRead.lineTooLong(label, line, limits));
        }
    }

    private Refusal notText(CharBuffer decoded) {
        long at = 1 + lineFeedChars;
        for (int i = 0; i < decoded.position(); i++) {
            at += decoded.get(i) == '\n' ? 1 : 0;
        }
        return new Refusal(new RefusedFile(SubmissionRule.INVALID_ENCODING.problem(at, "", "", label + ", line "
                + at + ": the file is not valid " + charset.name() + " text (byte 0x"
                + String.format("%02X", bytes.get(bytes.position()) & 0xFF) + " cannot be read); it was probably"
                + " saved in an older encoding such as Windows-1252. " + HOW_TO_SAVE)));
    }

    private static void close(InputStream in) {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            // Nothing was read from it that matters: the refusal says why.
        }
    }
}
