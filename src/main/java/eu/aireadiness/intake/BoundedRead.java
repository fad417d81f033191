package eu.aireadiness.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import eu.aireadiness.validation.SubmissionRule;

/**
 * Reads a submitted file's bytes within the limits: the size is judged before anything is read, and the line length
 * while the bytes stream in, so that a huge file or an endless line is refused having cost next to nothing.
 */
final class BoundedRead {

    private static final int BUFFER_BYTES = 64 * 1024;

    private BoundedRead() {
    }

    /** Refuses a file larger than the limit, by its size alone. */
    static void requireSize(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(label, e);
        }
        if (size > limits.maxFileBytes()) {
            throw tooLarge(label, size, limits);
        }
    }

    /** The whole file, refused as soon as it outgrows the size limit (it may grow while read) or a line is too long. */
    static byte[] text(Path file, String label, SubmissionLimits limits) throws RefusedFile {
        requireSize(file, label, limits);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER_BYTES];
        long line = 1;
        long lineLength = 0;
        byte previous = 0;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (bytes.size() + (long) n > limits.maxFileBytes()) {
                    throw tooLarge(label, bytes.size() + (long) n, limits);
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\r' || b == '\n') {
                        // CR LF ends one line, as a lone CR (old Mac files) or a lone LF does.
                        line += b == '\n' && previous == '\r' ? 0 : 1;
                        lineLength = 0;
                    } else if (++lineLength > limits.maxLineBytes()) {
                        throw lineTooLong(label, line, limits);
                    }
                    previous = b;
                }
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw unreadable(label, e);
        }
        return bytes.toByteArray();
    }

    private static RefusedFile tooLarge(String label, long size, SubmissionLimits limits) {
        return new RefusedFile(SubmissionRule.FILE_TOO_LARGE.problem(0, "", "", label + ": the file is "
                + SubmissionLimits.size(size) + ", more than the " + SubmissionLimits.size(limits.maxFileBytes())
                + " a submission may be (a filled-in template is a few KB), so it was not read. Send only the"
                + " submission table: one header and one row per indicator, as in the template."));
    }

    private static RefusedFile lineTooLong(String label, long line, SubmissionLimits limits) {
        return new RefusedFile(SubmissionRule.LINE_TOO_LONG.problem(line, "", "", label + ", line " + line
                + ": the line is longer than " + SubmissionLimits.size(limits.maxLineBytes()) + ", the most a line"
                + " of a submission may be (a row of the template is under 2 KB), so the file was not read. Check"
                + " that the file has one line per row; save it again as 'CSV UTF-8 (comma delimited) (*.csv)'."));
    }

    static RefusedFile unreadable(String label, IOException e) {
        return new RefusedFile(SubmissionRule.UNREADABLE_FILE.problem(0, "", "", label
                + ": the file could not be read (" + e.getClass().getSimpleName() + "). Check that it is not"
                + " open in another program or still being copied, then drop it again."));
    }
}
