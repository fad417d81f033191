package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.ValidationReport;

/**
 * A number written with a comma in a comma-separated file, which splits it into two fields, is refused as such with
 * one error for the row, and the row's other columns are checked where the header puts them; real files through the
 * real reader and validator.
 */
class DecimalCommaTest {

    @TempDir
    Path dir;

    private final List<Observation> observations = new ArrayList<>();

    private ValidationReport check(String csv) throws Exception {
        return Fixtures.validateSlovakCsv(dir, csv, observations::add);
    }

    private static List<ValidationProblem> withoutLeftOut(ValidationReport report) {
        return report.problems().stream().filter(p -> !p.rule().equals("NOT_SUBMITTED")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // header; the row; the fields; the header's; the joined value; what the split pushed off the row
            "all columns, no note      | " + CsvLines.HEADER_LINE + " | SK,2026,SKL1,51,3,PC_IND,,Eurostat,"
                    + "            | 9 | 8 | '51' and '3'         | 51,3",
            "all columns, a note       | " + CsvLines.HEADER_LINE + " | SK,2026,SKL1,51,3,PC_IND,E,Eurostat,2025 data"
                    + "  | 9 | 8 | '51' and '3'         | 51,3",
            "the required columns only | REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE"
                    + " | SK,2026,SKL1,51,30,PC_IND | 6 | 5 | '51' and '30'        | 51,30",
            "thousands separators      | " + CsvLines.HEADER_LINE + " | SK,2026,INV1,1,234,567,EUR_M,,Dealroom,"
                    + "       | 10 | 8 | '1' and '234' and '567' | 1,234,567"})
    void refusesTheRowOnceAsAProbableDecimalComma(String name, String header, String row, int fields, int named,
                                                  String parts, String value) throws Exception {
        String valid = header.equals(CsvLines.HEADER_LINE) ? "SK,2026,SKL3,4.1,PC_EMP,,Eurostat,"
                : "SK,2026,SKL3,4.1,PC_EMP";
        ValidationReport report = check(header + "\n" + row + "\n" + valid + "\n");

        assertThat(report.accepted()).isFalse();
        assertThat(withoutLeftOut(report)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("DECIMAL_COMMA");
            assertThat(p.isError()).isTrue();
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("OBS_VALUE");
            assertThat(p.value()).isEqualTo(value);
            assertThat(p.message()).isEqualTo("SK/AIRI_2026_SK.csv, row 2, column 'OBS_VALUE': the row has " + fields
                    + " fields where the header has " + named + ", and OBS_VALUE is " + parts + ": probably the"
                    + " number " + value + " written with a comma, which splits it into fields in a comma-separated"
                    + " file (the row's other columns were read with the number joined again). Write numbers with"
                    + " a decimal point and no thousands separator (12.5, not 12,5); or save the file as CSV"
                    + " separated by semicolons; or put the value in quotes (\"" + value + "\") and write every"
                    + " decimal of the file with a comma.");
        });
        assertThat(observations).extracting(Observation::indicator).containsExactly("SKL3");
    }

    @Test
    void checksTheOtherColumnsOfTheRowWhereTheHeaderPutsThem() throws Exception {
        ValidationReport report = check(CsvLines.HEADER + "SK,2026,SKL1,51,3,PC,X,Eurostat,\n");

        assertThat(withoutLeftOut(report)).extracting(ValidationProblem::rule, ValidationProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNKNOWN_STATUS", "X"),
                        org.assertj.core.groups.Tuple.tuple("DECIMAL_COMMA", "51,3"),
                        org.assertj.core.groups.Tuple.tuple("WRONG_UNIT", "PC"));
    }

    @Test
    void takesAQuotedDecimalCommaWhenEveryDecimalOfTheFileIsWrittenSo() throws Exception {
        ValidationReport report = check(CsvLines.HEADER + "SK,2026,SKL1,\"51,3\",PC_IND,,Eurostat,\n"
                + "SK,2026,SKL3,\"4,1\",PC_EMP,,Eurostat,\n" + "SK,2026,CMP1,60,MW,,register,\n");

        assertThat(withoutLeftOut(report)).isEmpty();
        assertThat(observations).extracting(Observation::value)
                .containsExactly(OptionalDouble.of(51.3), OptionalDouble.of(4.1), OptionalDouble.of(60));
    }

    @Test
    void refusesAQuotedDecimalCommaBesideDecimalPoints() throws Exception {
        ValidationReport report = check(CsvLines.HEADER + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,\n"
                + "SK,2026,SKL3,\"4,1\",PC_EMP,,Eurostat,\n");

        assertThat(withoutLeftOut(report)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("NOT_A_NUMBER");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("Write every value of the file with the same decimal mark");
        });
    }

    @Test
    void leavesASemicolonFileWithAnExtraFieldAsBefore() throws Exception {
        ValidationReport report = check(CsvLines.HEADER.replace(',', ';') + "SK;2026;SKL1;51;3;PC_IND;;Eurostat;\n");

        assertThat(withoutLeftOut(report)).extracting(ValidationProblem::rule)
                .containsExactly("UNKNOWN_STATUS", "WRONG_UNIT");
    }

    @Test
    void leavesAnExtraFieldAfterTextAsAColumnWithoutName() throws Exception {
        ValidationReport report = check(CsvLines.HEADER + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,see table 3, page 4\n");

        assertThat(report.accepted()).isTrue();
        assertThat(withoutLeftOut(report)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("UNNAMED_COLUMN");
            assertThat(p.value()).isEqualTo("page 4");
        });
    }
}
