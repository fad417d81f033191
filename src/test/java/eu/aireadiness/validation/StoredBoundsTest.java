package eu.aireadiness.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.intake.Fixtures;
import eu.aireadiness.submission.Observation;

/**
 * Numbers a double cannot hold and texts longer than the database keeps are refused naming the bound, never stored
 * as 0, infinity or a cut text: real CSV files through the real reader and validator.
 */
class StoredBoundsTest {

    private static final String HEADER =
            "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\n";
    private static final String RANGE = "numbers are kept from 2.2E-308 to 1.8E+308 in size, and 0";

    @TempDir
    Path dir;

    private final List<Observation> observations = new ArrayList<>();

    private ValidationReport check(String csv) throws Exception {
        return Fixtures.validateSlovakCsv(dir, csv, observations::add);
    }

    private static List<?> errors(ValidationReport report) {
        return report.problems().stream().filter(p -> p.isError()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "4.8e-400  | NUMBER_UNDERFLOW | is closer to zero than any number that can be stored",
            "-4.8E-400 | NUMBER_UNDERFLOW | is closer to zero than any number that can be stored",
            "1e-320    | NUMBER_UNDERFLOW | is closer to zero than any number that can be stored",
            "1e400     | NUMBER_OVERFLOW  | is larger in size than any number that can be stored",
            "-1e400    | NUMBER_OVERFLOW  | is larger in size than any number that can be stored"})
    void refusesANumberBeyondWhatADoubleHolds(String value, String rule, String message) throws Exception {
        ValidationReport report = check(HEADER + "SK,2026,SKL1," + value + ",PC_IND,,Eurostat,\n");

        assertThat(report.accepted()).isFalse();
        assertThat(observations).isEmpty();
        assertThat(report.problems()).filteredOn(p -> p.isError()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("OBS_VALUE");
            assertThat(p.value()).isEqualTo(value);
            assertThat(p.message())
                    .startsWith("SK/AIRI_2026_SK.csv, row 2, column 'OBS_VALUE': '" + value + "' " + message)
                    .contains(RANGE).contains("Check the value and its exponent");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0e-400, 0", "0.000E+999, 0", "2.5e-1, 0.25"})
    void acceptsZeroWrittenWithAnyExponent(String value, double expected) throws Exception {
        ValidationReport report = check(HEADER + "SK,2026,SKL1," + value + ",PC_IND,,Eurostat,\n");

        assertThat(errors(report)).isEmpty();
        assertThat(observations).singleElement().satisfies(o ->
                assertThat(o.value()).isEqualTo(OptionalDouble.of(expected)));
    }

    @Test
    void refusesASourceAndANoteLongerThanTheDatabaseKeeps() throws Exception {
        String source = "S".repeat(1001);
        String note = "n".repeat(4001);
        ValidationReport report = check(HEADER + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,\"" + note + "\"\n"
                + "SK,2026,SKL3,4.1,PC_EMP,," + source + ",\n");

        assertThat(report.accepted()).isFalse();
        assertThat(observations).isEmpty();
        assertThat(report.problems()).filteredOn(p -> p.isError()).satisfiesExactly(
                p -> {
                    assertThat(p.rule()).isEqualTo("TEXT_TOO_LONG");
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.column()).isEqualTo("NOTE");
                    assertThat(p.message()).isEqualTo("SK/AIRI_2026_SK.csv, row 2, column 'NOTE': the text is 4001"
                            + " characters long, more than the 4000 that are kept (a text is never cut). Shorten it"
                            + " to 4000 characters at most.");
                },
                p -> {
                    assertThat(p.rule()).isEqualTo("TEXT_TOO_LONG");
                    assertThat(p.row()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo("SOURCE");
                    assertThat(p.message()).contains("row 3, column 'SOURCE': the text is 1001 characters long,"
                            + " more than the 1000 that are kept");
                });
    }

    @Test
    void acceptsTextsOfExactlyTheLengthKeptAndHandsThemOnWhole() throws Exception {
        String source = "Š".repeat(1000);
        String note = "n".repeat(3999) + "€";
        ValidationReport report = check(HEADER + "SK,2026,SKL1,51.3,PC_IND,," + source + ",\"" + note + "\"\n");

        assertThat(errors(report)).isEmpty();
        assertThat(observations).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo(source);
            assertThat(o.note()).isEqualTo(note);
        });
    }
}
