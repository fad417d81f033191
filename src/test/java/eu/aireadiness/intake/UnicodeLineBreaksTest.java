package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;

/**
 * Unicode's line and paragraph separators never merge two rows: between rows (where CSV programs do not end a row
 * at them) the file is refused naming the line; inside a SOURCE or NOTE text, quoted or not, they are the text's.
 */
class UnicodeLineBreaksTest {

    private static final Framework FRAMEWORK = new InputFolder(Path.of("input")).load();
    private static final String SKL3 = "SK,2026,SKL3,4.1,PC_EMP,,Eurostat,";

    @TempDir
    Path dir;

    private final List<Observation> observations = new ArrayList<>();

    private ValidationReport check(Path file, ReadResult read) throws Exception {
        SubmissionFile submission = new SubmissionFile(file, "SK", "0".repeat(64), Files.size(file), Instant.EPOCH);
        return new SubmissionValidator(FRAMEWORK.codebook(), FRAMEWORK.countries(), FRAMEWORK.reference())
                .validate(submission, read, PreviousValues.none(), observations::add);
    }

    private Path write(String text) throws Exception {
        return Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "U+{0} ending line {1}")
    @CsvSource(delimiter = '|', value = {
            "2028 | 2 | the line holds a Unicode LINE SEPARATOR (U+2028), which CSV programs do not take for the end of"
                    + " a row, so the row runs on into the next one: the line has 15 fields where the header has 8.",
            "2029 | 2 | the line holds a Unicode PARAGRAPH SEPARATOR (U+2029), which CSV programs do not take for the"
                    + " end of a row, so the row runs on into the next one: the line has 15 fields where the header"
                    + " has 8.",
            "2028 | 1 | the line holds a Unicode LINE SEPARATOR (U+2028), which CSV programs do not take for the end of"
                    + " a row, so the header runs on into the next row."})
    void refusesTheFileWhereOneStandsBetweenTwoRows(String code, int line, String message) throws Exception {
        String separator = String.valueOf((char) Integer.parseInt(code, 16));
        List<String> lines = new ArrayList<>(List.of(CsvLines.HEADER_LINE, CsvLines.row("SKL1", "51.3").strip(),
                SKL3, CsvLines.row("SKL4", "5.3").replace("PC_IND", "PC_GRAD").strip()));
        lines.set(line - 1, lines.get(line - 1) + separator + lines.remove(line));
        Path file = write(String.join("\n", lines) + "\n");

        ReadResult read = SubmissionReader.read(file);

        assertThat(read.rows()).isEmpty();
        assertThat(check(file, read).problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("ROWS_RUN_TOGETHER");
            assertThat(p.isError()).isTrue();
            assertThat(p.row()).isEqualTo(line);
            assertThat(p.message()).isEqualTo("SK/AIRI_2026_SK.csv, line " + line + ": " + message + " End every"
                    + " row with an ordinary line break (save the file again from Excel or LibreOffice as 'CSV"
                    + " UTF-8'); inside a SOURCE or NOTE text, replace the character with a space.");
        });
    }

    @org.junit.jupiter.api.Test
    void namesTheLineFarIntoTheFileWhereATextRunsIntoTheNextRow() throws Exception {
        // 3,000 rows of about 40 characters fill the first two buffers of the text; a quoted note on two lines before.
        String text = CsvLines.HEADER + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,\"on\ntwo lines\"\n"
                + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,a note\u2028with a line separator\n".repeat(3_000)
                + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,last row of 2025\u2028" + SKL3 + "\n";
        Path file = write(text);

        assertThat(SubmissionReader.read(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("ROWS_RUN_TOGETHER");
            assertThat(p.row()).isEqualTo(3_004);
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.csv, line 3004: the line holds a Unicode LINE"
                    + " SEPARATOR (U+2028)");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "quoted   | \"First part\u2028second part\"        | First part\u2028second part",
            "unquoted | First part\u2029second part            | First part\u2029second part",
            "quoted, looking like a row | \"See\u2028SK,2026,SKL3,4.1\" | See\u2028SK,2026,SKL3,4.1"})
    void keepsOneInsideATextAsTheTextsOwn(String name, String field, String note) throws Exception {
        Path file = write(CsvLines.HEADER + "SK,2026,SKL1,51.3,PC_IND,,Eurostat," + field + "\n" + SKL3 + "\n");

        ReadResult read = SubmissionReader.read(file);
        ValidationReport report = check(file, read);

        assertThat(read.problems()).isEmpty();
        assertThat(report.problems()).noneMatch(p -> p.isError());
        assertThat(observations).extracting(Observation::row, Observation::indicator, Observation::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "SKL1", note),
                        org.assertj.core.groups.Tuple.tuple(3L, "SKL3", ""));
    }
}
