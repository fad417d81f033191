package eu.aireadiness.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.CountriesReader;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.DataflowId;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;
import eu.aireadiness.intake.Fixtures;
import eu.aireadiness.intake.SubmissionReader;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.EditionAdmissions.Admission;

/**
 * Submissions in SDMX-CSV 1.0 and 2.0 (fixtures written from the specifications: see
 * src/test/resources/intake/README-sdmx.md): the structure they name, checked against the edition's dataflow, and
 * the action of each row. The 2026 edition is open and 2025 is opened for revision, both of dataflow
 * AIRI:DF_AIRI(1.0).
 */
class SdmxCsvSubmissionTest {

    private static final Codebook CODEBOOK = CodebookReader.read(Path.of("input/codebook.csv"));
    private static final List<Country> COUNTRIES = CountriesReader.read(Path.of("input/countries.csv"));
    private static final DataflowId DATAFLOW = DataflowId.parse("AIRI:DF_AIRI(1.0)");
    private static final ReferenceData REFERENCE = new ReferenceData(List.of(
            new ReferenceValue("SK", 2026, "POP", 5_424_000, "NR", "Eurostat demo_pjan"),
            new ReferenceValue("SK", 2026, "GDP", 140_000, "EUR_M", "Eurostat nama_10_gdp"),
            new ReferenceValue("SK", 2025, "POP", 5_428_000, "NR", "Eurostat demo_pjan"),
            new ReferenceValue("SK", 2025, "GDP", 132_000, "EUR_M", "Eurostat nama_10_gdp")));

    @TempDir
    Path dir;

    private final List<Observation> observations = new ArrayList<>();

    private ValidationReport validate(Path file) throws Exception {
        SubmissionFile submission = new SubmissionFile(file, "SK", "0".repeat(64), Files.size(file), Instant.EPOCH);
        EditionAdmissions admissions = EditionAdmissions.of(Map.of(2025, Admission.REVISION, 2026, Admission.OPEN),
                Map.of(2025, DATAFLOW, 2026, DATAFLOW));
        observations.clear();
        return new SubmissionValidator(CODEBOOK, COUNTRIES, REFERENCE, admissions)
                .validate(submission, SubmissionReader.read(file), PreviousValues.none(), observations::add);
    }

    private Path fixture(String name) throws Exception {
        return Fixtures.copy(name, dir, "SK", "AIRI_2026_SK.csv");
    }

    /** The fixture with its text changed, as an officer's file that differs from it in a few cells. */
    private Path edited(String fixture, String fileName, String from, String to) throws Exception {
        Path file = fixture(fixture);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.delete(file);
        return Files.writeString(file.resolveSibling(fileName), text.replace(from, to));
    }

    private List<Observation> observationsOf(String fixture) throws Exception {
        assertThat(validate(fixture(fixture)).accepted()).isTrue();
        return List.copyOf(observations);
    }

    @Test
    void anSdmxCsv20FileGivesTheSameObservationsAsTheSameValuesInTodaysFormat() throws Exception {
        List<Observation> plain = observationsOf("clean_comma.csv");

        ValidationReport report = validate(fixture("sdmx20_clean.csv"));

        assertThat(report.problems()).isEmpty();
        assertThat(observations).hasSize(30).containsExactlyElementsOf(plain);
    }

    @Test
    void anSdmxCsv10FileWithLabelsInItsHeaderIsReadByTheIdentifiers() throws Exception {
        List<Observation> plain = observationsOf("clean_comma.csv");

        ValidationReport report = validate(fixture("sdmx10_labelled.csv"));

        assertThat(report.problems()).isEmpty();
        assertThat(observations).containsExactlyElementsOf(plain);
    }

    @Test
    void aFileForAnotherDataflowOrAnotherVersionOfItIsRefusedNamingTheCellAndBothIdentifiers() throws Exception {
        ValidationReport other = validate(edited("sdmx20_clean.csv", "AIRI_2026_SK.csv", "dataflow,AIRI:DF_AIRI(1.0),I,SK,2026,CMP2",
                "dataflow,ESTAT:DF_DIGITAL(1.0),I,SK,2026,CMP2"));
        assertThat(other.accepted()).isFalse();
        assertThat(other.problems()).extracting(ValidationProblem::rule, ValidationProblem::row,
                ValidationProblem::column).containsExactly(tuple("WRONG_DATAFLOW", 3L, "STRUCTURE_ID"));
        assertThat(other.problems().get(0).message()).contains("row 3", "STRUCTURE_ID",
                "the file is for the dataflow ESTAT:DF_DIGITAL(1.0), but the 2026 edition takes AIRI:DF_AIRI(1.0).",
                "Check that the file is meant for this index");

        ValidationReport version = validate(edited("sdmx10_labelled.csv", "AIRI_2026_SK.csv", "AIRI:DF_AIRI(1.0),SK,2026,CMP1,",
                "AIRI:DF_AIRI(0.9),SK,2026,CMP1,"));
        assertThat(version.problems()).extracting(ValidationProblem::rule, ValidationProblem::column)
                .containsExactly(tuple("WRONG_DATAFLOW", "DATAFLOW"));
        assertThat(version.problems().get(0).message()).contains("AIRI:DF_AIRI(0.9)", "another version of its"
                + " structure", "download this edition's template");

        ValidationReport form = validate(edited("sdmx20_clean.csv", "AIRI_2026_SK.csv", "dataflow,AIRI:DF_AIRI(1.0),I,SK,2026,CMP3",
                "datastructure,AIRI_DF,I,SK,2026,CMP3"));
        assertThat(form.problems()).extracting(ValidationProblem::rule, ValidationProblem::column).containsExactly(
                tuple("WRONG_DATAFLOW", "STRUCTURE"), tuple("WRONG_DATAFLOW", "STRUCTURE_ID"));
        assertThat(form.problems().get(0).message()).contains("expected 'dataflow'", "found 'datastructure'");
        assertThat(form.problems().get(1).message()).contains("expected a dataflow as AGENCY:ID(VERSION)",
                "found 'AIRI_DF'; this edition's is AIRI:DF_AIRI(1.0)");
    }

    @Test
    void dataActionsAreDataAndAnUnknownActionIsRefused() throws Exception {
        Path actions = edited("sdmx20_clean.csv", "AIRI_2026_SK.csv", ",I,SK,2026,CMP1,", ",A,SK,2026,CMP1,");
        Files.writeString(actions, Files.readString(actions).replace(",I,SK,2026,CMP2,", ",R,SK,2026,CMP2,")
                .replace(",I,SK,2026,CMP3,", ",,SK,2026,CMP3,").replace(",I,SK,2026,CMP4,", ",m,SK,2026,CMP4,"));
        assertThat(validate(actions).problems()).isEmpty();
        assertThat(observations).hasSize(30);

        ValidationReport unknown = validate(edited("sdmx20_clean.csv", "AIRI_2026_SK.csv", ",I,SK,2026,CMP1,",
                ",U,SK,2026,CMP1,"));
        assertThat(unknown.problems()).extracting(ValidationProblem::rule, ValidationProblem::row,
                ValidationProblem::value).containsExactly(tuple("UNKNOWN_ACTION", 2L, "U"));
        assertThat(unknown.problems().get(0).message()).contains("I (information), A (append), R (replace),"
                + " M (merge) or D (delete), found 'U'");
    }

    @Test
    void aDeletionInAnOpenEditionIsRefusedSayingHowToSendNoValue() throws Exception {
        ValidationReport report = validate(edited("sdmx20_clean.csv", "AIRI_2026_SK.csv", ",I,SK,2026,CMP2,5,",
                ",D,SK,2026,CMP2,,"));

        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(ValidationProblem::rule, ValidationProblem::row)
                .containsExactly(tuple("DELETE_NOT_IN_REVISION", 3L));
        assertThat(report.problems().get(0).message()).contains("D (delete) is taken only by a published edition"
                + " opened for revision, and 2026 is open for submissions", "leave the row out",
                "OBS_STATUS M");
    }

    @Test
    void aDeletionInAnEditionOpenedForRevisionWithdrawsTheValueAndIsListed() throws Exception {
        Path file = edited("sdmx20_clean.csv", "AIRI_2025_SK.csv", ",2026,", ",2025,");
        Files.writeString(file, Files.readString(file).replace(",I,SK,2025,CMP2,5,", ",D,SK,2025,CMP2,,"));

        ValidationReport report = validate(file);

        assertThat(report.accepted()).isTrue();
        assertThat(report.edition()).isEqualTo(2025);
        assertThat(observations).hasSize(29).noneMatch(o -> o.indicator().equals("CMP2"));
        assertThat(report.problems()).extracting(ValidationProblem::rule)
                .contains("OBSERVATION_DELETED", "EDITION_REVISION").doesNotContain("NOT_SUBMITTED");
        ValidationProblem deleted = report.problems().stream().filter(p -> p.rule().equals("OBSERVATION_DELETED"))
                .findFirst().orElseThrow();
        assertThat(deleted.row()).isEqualTo(3);
        assertThat(deleted.message()).contains("CMP2 has no value in this revision of 2025");
    }

    @Test
    void aHeaderMixingTheTwoVersionsOrWithHalfOfTheStructureIsRefusedBeforeTheRows() throws Exception {
        ValidationReport mixed = validate(edited("sdmx20_clean.csv", "AIRI_2026_SK.csv", "STRUCTURE,STRUCTURE_ID,ACTION,",
                "DATAFLOW,STRUCTURE_ID,ACTION,"));
        assertThat(mixed.problems()).extracting(ValidationProblem::rule, ValidationProblem::row)
                .containsExactly(tuple("SDMX_HEADER", 1L));
        assertThat(mixed.problems().get(0).message()).contains("mixes SDMX-CSV 1.0 (DATAFLOW) with columns of"
                + " SDMX-CSV 2.0");
        assertThat(observations).isEmpty();

        ValidationReport half = validate(edited("sdmx20_clean.csv", "AIRI_2026_SK.csv", "STRUCTURE,STRUCTURE_ID,ACTION,",
                "STRUCTURE,SID,ACTION,"));
        assertThat(half.problems()).extracting(ValidationProblem::rule).contains("SDMX_HEADER");
        assertThat(half.problems()).filteredOn(p -> p.rule().equals("SDMX_HEADER")).singleElement()
                .extracting(ValidationProblem::message).asString().contains("has only STRUCTURE");
    }
}
