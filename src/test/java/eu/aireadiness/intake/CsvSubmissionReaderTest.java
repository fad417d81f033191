package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.submission.SubmissionFormat;
import eu.aireadiness.submission.SubmissionFormat.DecimalMark;
import eu.aireadiness.submission.SubmissionFormat.Delimiter;
import eu.aireadiness.submission.Severity;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.SubmittedRow;

class CsvSubmissionReaderTest {

    private static final List<String> HEADER = List.of("REF_AREA", "TIME_PERIOD", "INDICATOR", "OBS_VALUE",
            "UNIT_MEASURE", "OBS_STATUS", "SOURCE", "NOTE");

    @TempDir
    Path dir;

    @Test
    void readsACleanCommaFile() throws Exception {
        ReadResult read = SubmissionReader.read(Fixtures.copy("clean_comma.csv", dir, "SK", "AIRI_2026_SK.csv"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.header()).isEqualTo(HEADER);
        assertThat(read.headerRow()).isEqualTo(1);
        assertThat(read.sheet()).isEmpty();
        assertThat(read.format()).contains(new SubmissionFormat(SubmissionFormat.Kind.CSV,
                Optional.of(Delimiter.COMMA), DecimalMark.POINT, Optional.of(StandardCharsets.UTF_8), false));
        assertThat(read.rows()).hasSize(30);
        assertThat(read.rows().get(0).row()).isEqualTo(2);
        assertThat(read.rows().get(29).row()).isEqualTo(31);
        SubmittedRow grn5 = read.rows().get(8);
        assertThat(grn5.row()).isEqualTo(10);
        assertThat(grn5.cells()).containsEntry("INDICATOR", "GRN5").containsEntry("OBS_VALUE", "")
                .containsEntry("OBS_STATUS", "M").containsEntry("NOTE", "No grid operator publishes waiting times");
    }

    @Test
    void readsSemicolonsWithDecimalCommaAndKeepsTheValueAsWritten() throws Exception {
        ReadResult read = SubmissionReader.read(
                Fixtures.copy("semicolon_decimal_comma.csv", dir, "SK", "AIRI_2026_SK.csv"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.header()).containsExactly("ref_area", "Time_Period", "INDICATOR", "obs_value", "UNIT_MEASURE",
                "OBS_STATUS", "SOURCE", "NOTE");
        assertThat(read.format().orElseThrow().delimiter()).contains(Delimiter.SEMICOLON);
        assertThat(read.decimalMark()).isEqualTo(DecimalMark.COMMA);
        assertThat(read.rows()).extracting(SubmittedRow::row).containsExactly(2L, 3L, 5L);
        assertThat(read.rows().get(0).cells()).containsEntry("REF_AREA", "SK").containsEntry("TIME_PERIOD", "2026")
                .containsEntry("OBS_VALUE", "51,3");
        assertThat(read.rows().get(1).cell(SubmissionColumn.OBS_VALUE)).isEqualTo("0,192");
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] text = "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\n"
                .concat("SK,2026,SKL1,51.3,PC_IND,,Štatistický úrad,\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        ReadResult read = SubmissionReader.read(Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", bytes));

        assertThat(read.problems()).isEmpty();
        assertThat(read.header()).isEqualTo(HEADER);
        assertThat(read.format().orElseThrow().byteOrderMark()).isTrue();
        assertThat(read.format().orElseThrow().encoding()).contains(StandardCharsets.UTF_8);
        assertThat(read.rows().get(0).cells()).containsEntry("REF_AREA", "SK")
                .containsEntry("SOURCE", "Štatistický úrad");
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMarkAsExcelSavesUnicodeText() throws Exception {
        String text = "REF_AREA\tTIME_PERIOD\tINDICATOR\tOBS_VALUE\tUNIT_MEASURE\tOBS_STATUS\tSOURCE\tNOTE\r\n"
                + "SK\t2026\tSKL1\t51,3\tPC_IND\t\tŠtatistický úrad\t\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        ReadResult read = SubmissionReader.read(Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", bytes));

        assertThat(read.problems()).isEmpty();
        assertThat(read.header()).isEqualTo(HEADER);
        assertThat(read.format()).contains(new SubmissionFormat(SubmissionFormat.Kind.CSV, Optional.of(Delimiter.TAB),
                DecimalMark.COMMA, Optional.of(StandardCharsets.UTF_16LE), true));
        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(2);
            assertThat(row.cells()).containsEntry("OBS_VALUE", "51,3").containsEntry("SOURCE", "Štatistický úrad");
        });
    }

    @Test
    void keepsDelimitersQuotesAndLineBreaksInsideQuotedFields() throws Exception {
        ReadResult read = SubmissionReader.read(Fixtures.copy("quoted_delimiter.csv", dir, "SK", "AIRI_2026_SK.csv"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(SubmittedRow::row).containsExactly(2L, 3L, 5L);
        assertThat(read.rows().get(0).cells())
                .containsEntry("SOURCE", "Eurostat, isoc_sk_dskl_i21")
                .containsEntry("NOTE", "Break in series in 2025; see the \"methodology\" note")
                .containsEntry("OBS_VALUE", "51.3");
        assertThat(read.rows().get(1).cells()).containsEntry("NOTE", "A note\non two lines");
        assertThat(read.rows().get(2).cells()).containsEntry("INDICATOR", "SKL4");
    }

    @Test
    void refusesInvalidUtf8AndSaysOnWhichLineAndHowToSave() throws Exception {
        String text = "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\n"
                + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,\n"
                + "SK,2026,SKL3,4.1,PC_EMP,,Eurostat,\n"
                + "SK,2026,SKL4,5.3,PC_GRAD,,Eurostat,Údaje za rok 2025\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        ReadResult read = SubmissionReader.read(Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", bytes));

        assertThat(read.hasErrors()).isTrue();
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).containsExactly(new ValidationProblem(Severity.ERROR, 4, "", "",
                "INVALID_ENCODING", "SK/AIRI_2026_SK.csv, line 4: the file is not valid UTF-8 text (byte 0xDA"
                        + " cannot be read); it was probably saved in an older encoding such as Windows-1252. In Excel,"
                        + " use 'Save As' and choose 'CSV UTF-8 (comma delimited) (*.csv)'; in LibreOffice Calc, tick"
                        + " 'Edit filter settings' and choose the character set 'Unicode (UTF-8)'."));
    }

    @Test
    void refusesAQuoteThatIsNeverClosedNamingItsLine() throws Exception {
        String text = "REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\n"
                + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,\n"
                + "SK,2026,SKL3,4.1,PC_EMP,,\"Eurostat,\n"
                + "SK,2026,SKL4,5.3,PC_GRAD,,Eurostat,\n";

        ReadResult read = SubmissionReader.read(
                Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("MALFORMED_CSV");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.csv, line 3: ");
        });
    }

    @Test
    void readsACharacterCutInTwoByTheEndOfTheReadBuffer() throws Exception {
        // The file is decoded 64 KB at a time; the two bytes of 'Š' fall on both sides of the first boundary.
        String first = CsvLines.HEADER + "SK,2026,SKL1,51.3,PC_IND,,Eurostat,";
        int boundary = 64 * 1024;
        String note = "x".repeat(boundary - 1 - first.length()) + "Štatistický úrad €";
        String text = first + note + "\n" + "SK,2026,SKL3,4.1,PC_EMP,,Štatistický úrad €,\n".repeat(3_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[boundary - 1]).isEqualTo((byte) 0xC5);

        ReadResult read = SubmissionReader.read(Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", bytes));

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(3_001);
        assertThat(read.rows().get(0).cell(SubmissionColumn.NOTE)).isEqualTo(note);
        assertThat(read.rows().subList(1, read.rows().size())).allSatisfy(row ->
                assertThat(row.cell(SubmissionColumn.SOURCE)).isEqualTo("Štatistický úrad €"));
    }

    @Test
    void countsLinesFarPastTheFirstBufferWithCarriageReturnsBlankLinesAndLineBreaksInQuotes() throws Exception {
        StringBuilder text = new StringBuilder(CsvLines.HEADER.replace("\n", "\r\n"));
        for (int i = 0; i < 5_000; i++) {
            text.append(i % 100 == 0 ? "\r\n" : "").append(CsvLines.row("SKL1", "51.3").replace("\n", "\r\n"));
        }
        text.append("SK,2026,SKL3,4.1,PC_EMP,,Eurostat,\"A note\non two lines\"\r\n")
                .append(CsvLines.row("SKL4", "5.3"));

        ReadResult read = SubmissionReader.read(Fixtures.write(dir, "SK", "AIRI_2026_SK.csv",
                text.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(read.problems()).isEmpty();
        // Line 1 the header; 5,000 rows and 50 blank lines; then the two-line row and the last one.
        assertThat(read.rows()).hasSize(5_002);
        assertThat(read.rows().get(4_999).row()).isEqualTo(5_051);
        assertThat(read.rows().get(5_000).row()).isEqualTo(5_052);
        assertThat(read.rows().get(5_001).row()).isEqualTo(5_054);
    }

    @Test
    void refusesAByteThatIsNotTextFarIntoTheFileNamingItsLine() throws Exception {
        String text = CsvLines.HEADER + CsvLines.row("SKL1", "51.3").repeat(5_000)
                + "SK,2026,SKL4,5.3,PC_GRAD,,Eurostat,Údaje za rok 2025\n";

        ReadResult read = SubmissionReader.read(Fixtures.write(dir, "SK", "AIRI_2026_SK.csv",
                text.getBytes(Charset.forName("windows-1252"))));

        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("INVALID_ENCODING");
            assertThat(p.row()).isEqualTo(5_002);
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.csv, line 5002: the file is not valid UTF-8 text"
                    + " (byte 0xDA cannot be read)");
        });
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        ReadResult read = SubmissionReader.read(Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", new byte[0]));

        assertThat(read.problems()).extracting(ValidationProblem::rule).containsExactly("EMPTY_FILE");
    }

    @Test
    void refusesOtherExtensions() throws Exception {
        ReadResult read = SubmissionReader.read(Fixtures.copy("clean_comma.csv", dir, "SK", "AIRI_2026_SK.txt"));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("UNSUPPORTED_FILE_TYPE");
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).startsWith("SK/AIRI_2026_SK.txt: only .csv and .xlsx files are read.");
        });
    }
}
