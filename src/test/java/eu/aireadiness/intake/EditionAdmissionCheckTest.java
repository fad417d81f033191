package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.EditionAdmissions;
import eu.aireadiness.validation.EditionAdmissions.Admission;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.ValidationReport;

/**
 * The intake's check of the edition a file is for, on real files: a file for an edition that does not take it hands
 * on no value at all while it is read (so nothing of it can be stored), and says what to do; one for an open edition,
 * or one opened for revision, is accepted as before.
 */
class EditionAdmissionCheckTest {

    private static final Framework FRAMEWORK = new InputFolder(Path.of("input")).load();
    private static final EditionAdmissions SAMPLE = EditionAdmissions.of(Map.of(2025, Admission.CLOSED,
            2026, Admission.OPEN));

    @TempDir
    Path dir;

    private final List<Observation> handedOn = new ArrayList<>();

    private ValidationReport check(String name, String text, EditionAdmissions admissions) throws Exception {
        Path file = Fixtures.write(dir, "SK", name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SubmissionFile submission = new SubmissionFile(file, "SK", "0".repeat(64), Files.size(file), Instant.EPOCH);
        return new FileIntake(FRAMEWORK, admissions, SubmissionLimits.DEFAULT)
                .check(submission, file, PreviousValues.none(), handedOn::add);
    }

    private static String file(String year) {
        return CsvLines.HEADER + CsvLines.row("SKL1", "51.3").replace(",2026,", "," + year + ",")
                + CsvLines.row("SKL5", "22").replace(",2026,", "," + year + ",");
    }

    private static List<String> rules(ValidationReport report) {
        return report.problems().stream().filter(ValidationProblem::isError).map(ValidationProblem::rule).toList();
    }

    @Test
    void aFileForAPublishedEditionHandsOnNothingAndSaysWhatToDo() throws Exception {
        ValidationReport report = check("SK_resent.csv", file("2025"), SAMPLE);

        assertThat(report.accepted()).isFalse();
        assertThat(handedOn).isEmpty();
        assertThat(report.values()).isZero();
        assertThat(rules(report)).containsExactly("EDITION_PUBLISHED");
        assertThat(report.problems().get(0).message()).isEqualTo("SK/SK_resent.csv: edition 2025 is published and"
                + " closed for submissions (open: 2026), so the file was refused and changed nothing. If the values"
                + " are for another edition, correct TIME_PERIOD. If they correct the published 2025 data, ask the"
                + " index team to open edition 2025 for revision (state 'revision' in editions.csv), then drop the"
                + " file again.");
    }

    @Test
    void aFileForAYearThatIsNoEditionNamesTheEditionsOpen() throws Exception {
        ValidationReport report = check("SK_airi.csv", file("2099"), SAMPLE);

        assertThat(handedOn).isEmpty();
        assertThat(rules(report)).containsExactly("UNKNOWN_EDITION");
        assertThat(report.problems().get(0).message()).contains("TIME_PERIOD 2099 is not an edition of the index"
                + " (editions 2025, 2026); the editions open for submissions are 2026.");
    }

    @Test
    void aFileNameYearThatDisagreesWithTimePeriodIsRefusedEvenForAnOpenEdition() throws Exception {
        ValidationReport report = check("AIRI_2025_SK.csv", file("2026"), SAMPLE);

        assertThat(handedOn).isEmpty();
        assertThat(rules(report)).containsExactly("FILE_NAME_YEAR");
        assertThat(report.problems().get(0).message()).startsWith("SK/AIRI_2025_SK.csv: the file name says 2025 but"
                + " TIME_PERIOD is 2026");
    }

    @Test
    void theYearInTheNamesOfTheShippedFilesIsFound() throws Exception {
        for (String name : List.of("AIRI_2026_AT.csv", "BE_AI_readiness_2026.csv", "bg-airi-2026.csv",
                "AIRI-2026-FR.csv", "ES_AIRI_2026_final.csv", "SK_2026.xlsx.csv")) {
            handedOn.clear();
            assertThat(check(name, file("2026"), SAMPLE).problems()).extracting(ValidationProblem::rule)
                    .as(name).doesNotContain("FILE_NAME_YEAR");
            assertThat(handedOn).as(name).hasSize(2);
        }
        // Digits that are not a year on their own: a date, a version number, a five-digit run.
        for (String name : List.of("SK_20251203.csv", "SK_v2.csv", "SK_12025.csv", "SK_1850.csv")) {
            assertThat(check(name, file("2026"), SAMPLE).problems()).extracting(ValidationProblem::rule)
                    .as(name).doesNotContain("FILE_NAME_YEAR");
        }
    }

    @Test
    void aRevisionAndAnInitialLoadAreAcceptedAndFlagged() throws Exception {
        ValidationReport revision = check("SK_2025_revised.csv", file("2025"),
                EditionAdmissions.of(Map.of(2025, Admission.REVISION, 2026, Admission.OPEN)));
        assertThat(revision.accepted()).isTrue();
        assertThat(handedOn).hasSize(2);
        assertThat(revision.problems()).extracting(ValidationProblem::rule).startsWith("EDITION_REVISION");

        handedOn.clear();
        ValidationReport load = check("SK_2025.csv", file("2025"),
                EditionAdmissions.of(Map.of(2025, Admission.INITIAL_LOAD, 2026, Admission.OPEN)));
        assertThat(load.accepted()).isTrue();
        assertThat(handedOn).hasSize(2);
        assertThat(load.problems()).extracting(ValidationProblem::rule).startsWith("EDITION_INITIAL_LOAD");
    }

    @Test
    void aFileWhoseFirstRowIsOfAClosedEditionButMostRowsOfTheOpenOneIsJudgedByMostRows() throws Exception {
        String text = CsvLines.HEADER + CsvLines.row("SKL1", "51.3").replace(",2026,", ",2025,")
                + CsvLines.row("SKL3", "4.1").replace("PC_IND", "PC_EMP") + CsvLines.row("SKL5", "22");

        ValidationReport report = check("SK_airi.csv", text, SAMPLE);

        assertThat(report.edition()).isEqualTo(2026);
        assertThat(rules(report)).containsExactly("MIXED_PERIODS");
    }
}
