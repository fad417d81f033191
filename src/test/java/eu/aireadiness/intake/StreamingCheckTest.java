package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.ValidationReport;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.SubmissionFile;

/**
 * A file checked while it is read, its values handed on as they come, gets the report of a check that knew the
 * whole file first, also where the first rows mislead: a first row of another year, a decimal point before commas.
 */
class StreamingCheckTest {

    private static final Framework FRAMEWORK = new InputFolder(Path.of("input")).load();

    @TempDir
    Path dir;

    private final List<Observation> handedOn = new ArrayList<>();

    private static SubmissionFile submission(Path file) throws Exception {
        return new SubmissionFile(file, "SK", "0".repeat(64), Files.size(file), Instant.EPOCH);
    }

    private ValidationReport streamed(Path file, SubmissionLimits limits) throws Exception {
        return new FileIntake(FRAMEWORK, limits).check(submission(file), file, PreviousValues.none(), handedOn::add);
    }

    private static ValidationReport whole(Path file) throws Exception {
        return new SubmissionValidator(FRAMEWORK.codebook(), FRAMEWORK.countries(), FRAMEWORK.reference())
                .validate(submission(file), SubmissionReader.read(file), PreviousValues.none(), observation -> { });
    }

    private Path write(String text) throws Exception {
        return Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidFileHandsOnEveryValueInTheOrderOfItsRows() throws Exception {
        Path file = Fixtures.copy("clean_comma.csv", dir, "SK", "AIRI_2026_SK.csv");

        ValidationReport report = streamed(file, SubmissionLimits.DEFAULT);

        assertThat(report.accepted()).isTrue();
        assertThat(report.values()).isEqualTo(30);
        assertThat(handedOn).extracting(Observation::row).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(2, 31).boxed().toList());
        assertThat(report).isEqualTo(whole(file));
    }

    @Test
    void aFirstRowOfAnotherYearIsTheOneReportedAgainstTheYearOfTheOthers() throws Exception {
        Path file = write(CsvLines.HEADER + CsvLines.row("SKL1", "51.3").replace(",2026,", ",2025,")
                + CsvLines.row("SKL3", "4.1").replace("PC_IND", "PC_EMP") + CsvLines.row("SKL5", "22"));

        ValidationReport report = streamed(file, SubmissionLimits.DEFAULT);

        assertThat(report).isEqualTo(whole(file));
        assertThat(report.edition()).isEqualTo(2026);
        assertThat(report.problems()).filteredOn(ValidationProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.rule()).isEqualTo("MIXED_PERIODS");
            assertThat(p.message()).contains("expected 2026, the TIME_PERIOD of the other rows, found '2025'");
        });
    }

    @Test
    void aDecimalPointBeforeDecimalCommasIsTheValueReportedInASemicolonFile() throws Exception {
        Path file = write((CsvLines.HEADER + CsvLines.row("SKL1", "51.3") + CsvLines.row("SKL5", "22,5"))
                .replace(',', ';').replace("51;3", "51.3").replace("22;5", "22,5"));

        ValidationReport report = streamed(file, SubmissionLimits.DEFAULT);

        assertThat(report).isEqualTo(whole(file));
        assertThat(report.problems()).filteredOn(ValidationProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.message()).contains("expected a number with a decimal comma, as the other values of this"
                    + " file, such as 12,5, found '51.3'");
        });
        assertThat(handedOn).as("handed on before the comma showed the file rejected; the caller discards it")
                .extracting(Observation::indicator).containsExactly("SKL1");
    }

    @Test
    void aFileRefusedAfterSomeRowsWereHandedOnIsRefusedAsAWhole() throws Exception {
        Path file = Fixtures.copy("clean_comma.csv", dir, "SK", "AIRI_2026_SK.csv");

        ValidationReport report = streamed(file, SubmissionLimits.DEFAULT.withMaxRows(20));

        assertThat(report.accepted()).isFalse();
        assertThat(report.values()).isZero();
        assertThat(report.problems()).extracting(ValidationProblem::rule).containsExactly("TOO_MANY_ROWS");
        assertThat(handedOn).hasSize(20);
    }
}
