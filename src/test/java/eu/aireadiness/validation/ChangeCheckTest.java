package eu.aireadiness.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.CountriesReader;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.intake.SubmissionReader;

/** A change of more than half against the previous edition needs a NOTE; otherwise it is a warning. */
class ChangeCheckTest {

    private static final String HEADER = "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\n";

    @TempDir
    Path dir;

    @Test
    void aLargeChangeWithoutNoteIsAWarningNamingBothValues() throws Exception {
        // 2025: CMP2 = 5, SKL1 = 40, GRN1 = 0, CMP3 = 80.
        // 2026: CMP2 = 8 (+60 %, no note: warning), SKL1 = 62 (+55 %, explained in NOTE: no warning),
        // GRN1 = 30 (from zero: warning), CMP3 = 100 (+25 %: fine), CMP4 = 2 (a category code, never compared).
        Map<String, Double> before = Map.of("CMP2", 5.0, "SKL1", 40.0, "GRN1", 0.0, "CMP3", 80.0, "CMP4", 0.0);
        PreviousValues previous = (country, edition, indicator) -> country.equals("SK") && edition == 2025
                && before.containsKey(indicator) ? OptionalDouble.of(before.get(indicator)) : OptionalDouble.empty();
        Path file = Files.createDirectories(dir.resolve("SK")).resolve("AIRI_2026_SK.csv");
        Files.writeString(file, HEADER
                + "SK,2026,CMP2,8,PFLOPS,A,EuroHPC JU,\n"
                + "SK,2026,SKL1,62,PC_IND,A,Eurostat,New survey method from 2026\n"
                + "SK,2026,GRN1,30,PC,A,Eurostat,\n"
                + "SK,2026,CMP3,100,PC,A,Ministry,\n"
                + "SK,2026,CMP4,2,CODE,A,EuroHPC JU,\n");

        ValidationReport report = new SubmissionValidator(CodebookReader.read(Path.of("input/codebook.csv")),
                CountriesReader.read(Path.of("input/countries.csv")), new ReferenceData(List.of(
                        new ReferenceValue("SK", 2026, "POP", 5_424_000, "NR", "test"))))
                .validate(new SubmissionFile(file, "SK", "0".repeat(64), Files.size(file), Instant.EPOCH),
                        SubmissionReader.read(file), previous, observation -> { });

        assertThat(report.accepted()).isTrue();
        assertThat(report.problems()).filteredOn(p -> p.rule().equals("LARGE_CHANGE"))
                .extracting(ValidationProblem::row, ValidationProblem::column, ValidationProblem::value)
                .containsExactly(tuple(2L, "OBS_VALUE", "8"), tuple(4L, "OBS_VALUE", "30"));
        assertThat(report.problems()).filteredOn(p -> p.rule().equals("LARGE_CHANGE")).first()
                .extracting(ValidationProblem::message).asString()
                .contains("CMP2 changed by +60 % since the 2025 edition (5 then, 8 now), more than 50 %")
                .contains("say why in NOTE");
        assertThat(report.problems()).filteredOn(p -> p.rule().equals("LARGE_CHANGE")).last()
                .extracting(ValidationProblem::message).asString().contains("GRN1 changed from zero");
    }
}
