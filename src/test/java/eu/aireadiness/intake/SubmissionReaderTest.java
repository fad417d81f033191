package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.aireadiness.intake.SubmissionReader.Reading;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.SubmissionFormat.DecimalMark;
import eu.aireadiness.submission.SubmittedRow;
import eu.aireadiness.submission.ValidationProblem;

/**
 * The reader its caller pulls rows from gives the same header, rows, result and refusals whether the file is read
 * on the caller's thread or ahead of it on a thread of its own; it reads the archived copy while naming the file as
 * the officer dropped it.
 */
class SubmissionReaderTest {

    /** More rows than two batches of the read-ahead (500 each), so that batches follow one another. */
    private static final int ROWS = 1_234;

    @TempDir
    Path dir;

    private static SubmissionFile received(String fileName, Path content) throws Exception {
        return new SubmissionFile(Path.of("input", "SK", fileName), "SK", "0".repeat(64), Files.size(content),
                Instant.EPOCH);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    void givesTheHeaderThenEveryRowInOrderThenTheFormatTheValuesTold(Reading reading) throws Exception {
        StringBuilder text = new StringBuilder(CsvLines.HEADER.replace(',', ';'));
        for (int i = 1; i <= ROWS; i++) {
            text.append("SK;2026;I").append(i).append(';').append(i).append(",5;PC_IND;;Eurostat;\n");
        }
        // The archived copy's name says nothing of its type: the name the officer gave is the one judged.
        Path copy = write("3f2a-copy", text.toString());

        List<SubmittedRow> rows = new ArrayList<>();
        ReadResult header;
        ReadResult result;
        try (SubmissionReader reader = SubmissionReader.open(received("AIRI_2026_SK.csv", copy), copy,
                SubmissionLimits.DEFAULT, reading)) {
            header = reader.header().orElseThrow();
            reader.forEach(rows::add);
            result = reader.result();
        }

        assertThat(header.header()).containsExactly("REF_AREA", "TIME_PERIOD", "INDICATOR", "OBS_VALUE",
                "UNIT_MEASURE", "OBS_STATUS", "SOURCE", "NOTE");
        assertThat(header.headerRow()).isEqualTo(1);
        assertThat(rows).extracting(SubmittedRow::row)
                .containsExactlyElementsOf(LongStream.rangeClosed(2, ROWS + 1).boxed().toList());
        assertThat(rows.get(ROWS - 1).cell(SubmissionColumn.INDICATOR)).isEqualTo("I" + ROWS);
        assertThat(rows.get(ROWS - 1).cell(SubmissionColumn.OBS_VALUE)).isEqualTo(ROWS + ",5");
        assertThat(result.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    void aFileRefusedPartWayGivesItsRowsBeforeThenTheRefusal(Reading reading) throws Exception {
        Path copy = Fixtures.copy("clean_comma.csv", dir, "SK", "copy");
        List<SubmittedRow> rows = new ArrayList<>();
        ReadResult result;
        try (SubmissionReader reader = SubmissionReader.open(received("AIRI_2026_SK.csv", copy), copy,
                SubmissionLimits.DEFAULT.withMaxRows(20), reading)) {
            assertThat(reader.header()).isPresent();
            reader.forEach(rows::add);
            result = reader.result();
        }

        assertThat(rows).hasSize(20);
        assertThat(result.format()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("TOO_MANY_ROWS");
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.csv, line 22: the file has more than 20 data rows");
        });
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    void aFileRefusedBeforeItsHeaderGivesNoHeaderAndNoRow(Reading reading) throws Exception {
        Path copy = write("copy", "\n  \n");
        try (SubmissionReader reader = SubmissionReader.open(received("AIRI_2026_SK.csv", copy), copy,
                SubmissionLimits.DEFAULT, reading)) {
            assertThat(reader.header()).isEmpty();
            assertThat(reader.iterator().hasNext()).isFalse();
            assertThat(reader.result().problems()).extracting(ValidationProblem::rule, ValidationProblem::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("EMPTY_FILE", "SK/AIRI_2026_SK.csv: the"
                            + " file is empty. Fill in the header and one row per indicator, as in the submission"
                            + " template."));
        }
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    @SuppressWarnings("ReturnValueIgnored") // the first iterator is taken only so that a second one is refused
    void theRowsCanBeIteratedOnce(Reading reading) throws Exception {
        Path copy = Fixtures.copy("clean_comma.csv", dir, "SK", "copy");
        try (SubmissionReader reader = SubmissionReader.open(received("AIRI_2026_SK.csv", copy), copy,
                SubmissionLimits.DEFAULT, reading)) {
            reader.iterator();
            assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SK/AIRI_2026_SK.csv");
        }
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    void theResultAfterAFewRowsReadsTheRestForTheFormatTheValuesTell(Reading reading) throws Exception {
        // A ';' file writes decimals with a comma unless its values only ever use a point: here the second does.
        Path copy = write("copy", CsvLines.HEADER.replace(',', ';') + "SK;2026;SKL1;5;PC_IND;;Eurostat;\n"
                + "SK;2026;SKL3;1.5;PC_IND;;Eurostat;\n");
        try (SubmissionReader reader = SubmissionReader.open(received("AIRI_2026_SK.csv", copy), copy,
                SubmissionLimits.DEFAULT, reading)) {
            assertThat(reader.header().orElseThrow().decimalMark()).isEqualTo(DecimalMark.COMMA);
            assertThat(reader.iterator().next().row()).isEqualTo(2);
            assertThat(reader.result().decimalMark()).isEqualTo(DecimalMark.POINT);
        }
    }

    @org.junit.jupiter.api.Test
    void closingAReaderAheadOfItsCallerStopsItsThread() throws Exception {
        StringBuilder text = new StringBuilder(CsvLines.HEADER);
        for (int i = 1; i <= 9_000; i++) {
            text.append(CsvLines.row("I" + i, Integer.toString(i)));
        }
        Path copy = write("copy", text.toString());
        try (SubmissionReader reader = SubmissionReader.open(received("AIRI_2026_SK.csv", copy), copy,
                SubmissionLimits.DEFAULT, Reading.AHEAD)) {
            reader.header();
            reader.iterator().next();
        }
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("intake-read-ahead");
    }
}
