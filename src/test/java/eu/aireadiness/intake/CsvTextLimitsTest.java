package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/**
 * The limits CsvText judges on the raw bytes, across the 64 KB it reads at a time: lines are counted and measured
 * the same wherever a line break or a long line falls.
 */
class CsvTextLimitsTest {

    private static final int CHUNK = 64 * 1024;
    private static final SubmissionLimits LIMITS = new SubmissionLimits(SubmissionLimits.MAX_FILE_BYTES, 100_000,
            SubmissionLimits.MAX_COLUMNS, SubmissionLimits.MAX_ROWS, SubmissionLimits.MAX_UNPACKED_BYTES);

    @TempDir
    Path dir;

    @Test
    void aCarriageReturnAndLineFeedSplitBetweenTwoReadsEndOneLine() throws IOException {
        // Line 1 ends with CR as the last byte of the first read and LF as the first of the next.
        String line1 = "a".repeat(CHUNK - 2) + "\r\n";
        String line2 = "b,c\r\n";
        Path file = write(line1 + line2 + "d\0e\r\n");

        assertThat(refusal(file, LIMITS).row()).isEqualTo(3);
        assertThat(refusal(file, LIMITS).message()).contains("line 3: the file contains zero bytes");
    }

    @Test
    void aLineIsMeasuredAcrossReadsAndTheOneTooLongIsNamed() throws IOException {
        String line1 = "a".repeat(CHUNK - 10) + "\n";
        String tooLong = "x".repeat(100_001) + "\n";
        Path file = write(line1 + "b\r" + tooLong);

        ValidationProblem problem = refusal(file, LIMITS);
        assertThat(problem.rule()).isEqualTo(SubmissionRule.LINE_TOO_LONG.name());
        assertThat(problem.row()).isEqualTo(3);
    }

    @Test
    void aLineJustWithinTheLimitIsReadWhole() throws IOException {
        String longest = "y".repeat(100_000);
        Path file = write("a\r\n" + longest + "\r\nb\n");

        StringBuilder read = new StringBuilder();
        try (Reader text = CsvText.open(file, "SK/x.csv", LIMITS)) {
            char[] buffer = new char[8192];
            for (int n = text.read(buffer, 0, buffer.length); n >= 0; n = text.read(buffer, 0, buffer.length)) {
                read.append(buffer, 0, n);
            }
        } catch (RefusedFile e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertThat(read.toString()).isEqualTo("a\r\n" + longest + "\r\nb\n");
    }

    @Test
    void aZeroByteAfterALineGrewTooLongIsReportedAsTheLongLine() throws IOException {
        Path file = write("a\n" + "x".repeat(100_010) + "\0\n");

        assertThat(refusal(file, LIMITS).rule()).isEqualTo(SubmissionRule.LINE_TOO_LONG.name());
    }

    private Path write(String text) throws IOException {
        return Files.write(dir.resolve("x.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidationProblem refusal(Path file, SubmissionLimits limits) {
        Throwable thrown = catchThrowable(() -> {
            try (Reader text = CsvText.open(file, "SK/x.csv", limits)) {
                char[] buffer = new char[8192];
                while (text.read(buffer, 0, buffer.length) >= 0) {
                    // read to the end
                }
            }
        });
        assertThat(thrown).isNotNull();
        Throwable refusal = thrown instanceof CsvText.Refusal r ? r.refused() : thrown;
        assertThat(refusal).isInstanceOf(RefusedFile.class);
        return ((RefusedFile) refusal).problem();
    }
}
