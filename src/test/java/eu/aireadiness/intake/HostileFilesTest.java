package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.submission.ReadResult;

/**
 * Files made to crash, hang or exhaust the intake: each is refused with its rule, quickly, without reading more of
 * it than needed. The files are generated here; the large ones cost no disk (sparse) or little (compressed).
 */
class HostileFilesTest {

    /** A guard against hanging, not a speed target. */
    static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    static ValidationProblem refusal(Path file) {
        ReadResult read = assertTimeoutPreemptively(HANG_GUARD, () -> SubmissionReader.read(file));
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).isError()).isTrue();
        return read.problems().get(0);
    }

    @Test
    void refusesAZipBombNamedXlsxFromItsDirectory() throws IOException {
        Path bomb = zipOfSpaces(300);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        ValidationProblem problem = refusal(bomb);

        assertThat(problem.rule()).isEqualTo("ZIP_BOMB");
        assertThat(problem.message()).startsWith("SK/AIRI_2026_SK.xlsx: the workbook unpacks to more than 4 MB (part"
                + " 'xl/worksheets/sheet1.xml': 300 MB)").contains("Fill in the submission template again");
    }

    @Test
    void refusesAPartThatUnpacksToMoreThanAHundredTimesItsSizeEvenUnderTheSizeLimit() throws IOException {
        ValidationProblem problem = refusal(zipOfSpaces(3));

        assertThat(problem.rule()).isEqualTo("ZIP_BOMB");
        assertThat(problem.message()).startsWith("SK/AIRI_2026_SK.xlsx: the workbook has a part,"
                + " 'xl/worksheets/sheet1.xml', that unpacks from ").contains(" to 3 MB, more than 100 times its"
                + " packed size");
    }

    /** A workbook-named ZIP whose sheet is megabytes of spaces, streamed so that only the packed bytes exist. */
    private Path zipOfSpaces(int megabytes) throws IOException {
        Path bomb = Files.createDirectories(dir.resolve("SK")).resolve("AIRI_2026_SK.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int mb = 0; mb < megabytes; mb++) {
                zip.write(spaces);
            }
        }
        return bomb;
    }

    @Test
    void refusesAFileOfOneGigabyteBySizeWithoutReadingIt() throws IOException {
        for (String name : new String[] {"AIRI_2026_SK.csv", "AIRI_2026_SK.xlsx"}) {
            Path huge = Files.createDirectories(dir.resolve("SK")).resolve(name);
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(1024L * 1024 * 1024);
            }

            ValidationProblem problem = refusal(huge);

            assertThat(problem.rule()).isEqualTo("FILE_TOO_LARGE");
            assertThat(problem.message()).isEqualTo("SK/" + name + ": the file is 1,024 MB, more than the 20 MB a"
                    + " submission may be (a filled-in template is a few KB), so it was not read. Send only the"
                    + " submission table: one header and one row per indicator, as in the template.");
        }
    }

    @Test
    void refusesALineOfTenMegabytesAtTheLineLimit() throws IOException {
        Path file = Files.createDirectories(dir.resolve("SK")).resolve("AIRI_2026_SK.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(CsvLines.HEADER.getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int mb = 0; mb < 10; mb++) {
                out.write(chunk);
            }
        }

        ValidationProblem problem = refusal(file);

        assertThat(problem.rule()).isEqualTo("LINE_TOO_LONG");
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.message()).startsWith("SK/AIRI_2026_SK.csv, line 2: the line is longer than 64 KB");
    }

    @Test
    void refusesTenThousandColumnsInACsvFileAndAWorkbook() throws IOException {
        Path csv = Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", (CsvLines.HEADER.strip() + ",X".repeat(9_992)
                + "\n" + CsvLines.row("SKL1", "51.3")).getBytes(StandardCharsets.US_ASCII));
        XSSFWorkbook workbook = XlsxSubmissionReaderTest.template();
        Row header = workbook.getSheet("Data").getRow(0);
        for (int c = 8; c < 10_000; c++) {
            header.createCell(c).setCellValue("X");
        }
        Path xlsx = dir.resolve("SK").resolve("AIRI_2026_SK.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.write(out);
        }

        ValidationProblem inCsv = refusal(csv);
        ValidationProblem inWorkbook = refusal(xlsx);

        assertThat(inCsv.rule()).isEqualTo("TOO_MANY_COLUMNS");
        assertThat(inCsv.message()).startsWith("SK/AIRI_2026_SK.csv, line 1: the line has 10000 fields, more than"
                + " the 100 a submission may have (the template has 8)");
        assertThat(inWorkbook.rule()).isEqualTo("TOO_MANY_COLUMNS");
        assertThat(inWorkbook.message()).startsWith("SK/AIRI_2026_SK.xlsx, sheet 'Data', row 1: the row goes across"
                + " to column NTP (10000 columns), more than the 100");
    }

    @Test
    void refusesRowsBeyondTheLimitUnlessTheCallerRaisesIt() throws IOException {
        StringBuilder text = new StringBuilder(CsvLines.HEADER);
        for (int i = 0; i < SubmissionLimits.MAX_ROWS + 1; i++) {
            text.append(CsvLines.row("SKL1", String.valueOf(i)));
        }
        Path file = Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", text.toString().getBytes(StandardCharsets.US_ASCII));

        ValidationProblem problem = refusal(file);
        ReadResult raised = SubmissionReader.read(file, SubmissionLimits.DEFAULT.withMaxRows(20_000));

        assertThat(problem.rule()).isEqualTo("TOO_MANY_ROWS");
        assertThat(problem.row()).isEqualTo(10_002);
        assertThat(problem.message()).startsWith("SK/AIRI_2026_SK.csv, line 10002: the file has more than 10000 data"
                + " rows");
        assertThat(raised.problems()).isEmpty();
        assertThat(raised.rows()).hasSize(10_001);
    }
}
