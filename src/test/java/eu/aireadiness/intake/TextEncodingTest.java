package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;

/**
 * A CSV file in an encoding the intake does not read is refused naming the encoding, not as a header of strange
 * column names; UTF-16 is read with or without byte order mark. Each file is the same two lines, encoded by Java's
 * own charsets, with the byte order mark (given in hex) written before them by hand.
 */
class TextEncodingTest {

    private static final String TEXT = CsvLines.HEADER + "SK,2026,SKL1,51.3,PC_IND,,Štatistický úrad,\n";
    private static final Framework FRAMEWORK = new InputFolder(Path.of("input")).load();

    @TempDir
    Path dir;

    private Path write(String charset, String byteOrderMark) throws Exception {
        byte[] mark = HexFormat.of().parseHex(byteOrderMark);
        byte[] body = TEXT.getBytes(Charset.forName(charset));
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        return Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", bytes);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "UTF-32LE | fffe0000 | UTF-32 (little-endian, with a byte order mark)",
            "UTF-32BE | 0000feff | UTF-32 (big-endian, with a byte order mark)",
            "UTF-32LE | ''       | UTF-32 (little-endian, without a byte order mark)",
            "UTF-32BE | ''       | UTF-32 (big-endian, without a byte order mark)"})
    void refusesUtf32NamingItAndHowToSave(String charset, String byteOrderMark, String named) throws Exception {
        Path file = write(charset, byteOrderMark);

        ReadResult read = SubmissionReader.read(file);

        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("UNSUPPORTED_ENCODING");
            assertThat(p.isError()).isTrue();
            assertThat(p.row()).isZero();
            assertThat(p.message()).isEqualTo("SK/AIRI_2026_SK.csv: the file is saved as " + named + " text, an"
                    + " encoding that is not accepted. Save it again as UTF-8: In Excel, use 'Save As' and choose"
                    + " 'CSV UTF-8 (comma delimited) (*.csv)'; in LibreOffice Calc, tick 'Edit filter settings' and"
                    + " choose the character set 'Unicode (UTF-8)'.");
        });
        assertThat(check(file, read).problems()).extracting(p -> p.rule()).containsExactly("UNSUPPORTED_ENCODING");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "UTF-16LE | ''     | false",
            "UTF-16BE | ''     | false",
            "UTF-16LE | fffe   | true",
            "UTF-16BE | feff   | true",
            "UTF-8    | efbbbf | true",
            "UTF-8    | ''     | false"})
    void readsUtf8AndUtf16WithOrWithoutByteOrderMark(String charset, String byteOrderMark, boolean marked)
            throws Exception {
        Path file = write(charset, byteOrderMark);

        ReadResult read = SubmissionReader.read(file);

        assertThat(read.problems()).isEmpty();
        assertThat(read.format().orElseThrow().encoding()).contains(Charset.forName(charset));
        assertThat(read.format().orElseThrow().byteOrderMark()).isEqualTo(marked);
        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.cell(SubmissionColumn.OBS_VALUE)).isEqualTo("51.3");
            assertThat(row.cell(SubmissionColumn.SOURCE)).isEqualTo("Štatistický úrad");
        });
        assertThat(check(file, read).problems()).noneMatch(p -> p.isError());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8", "ISO-8859-1"})
    void refusesAZeroByteInTextWithoutThePatternOfUtf16(String charset) throws Exception {
        byte[] bytes = (CsvLines.HEADER + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,\u0000\n").getBytes(charset);
        Path file = Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", bytes);

        assertThat(SubmissionReader.read(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("INVALID_ENCODING");
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.csv, line 2: the file contains zero bytes, which"
                    + " UTF-8 text never holds (it may be UTF-16 or UTF-32 text, or no text at all)");
        });
    }

    private static ValidationReport check(Path file, ReadResult read) throws Exception {
        SubmissionFile submission = new SubmissionFile(file, "SK", "0".repeat(64), Files.size(file), Instant.EPOCH);
        return new SubmissionValidator(FRAMEWORK.codebook(), FRAMEWORK.countries(), FRAMEWORK.reference())
                .validate(submission, read, PreviousValues.none(), observation -> { });
    }
}
