package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.aireadiness.intake.FeedbackFiles;

/**
 * Through the whole intake on H2: an Excel file with a date in a value cell and a comma-separated file with a decimal
 * comma are rejected, and the officer's feedback file names the cell and the fix; nothing of them is stored.
 */
@SpringBootTest
class CellsAndNumbersIntakeTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-cells");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    IntakeRun intakeRun;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesADateCellAndADecimalCommaNamingWhereAndWhatToDo() throws Exception {
        Path workbook = WORKSPACE.input().resolve("DE/AIRI_2026_DE_dates.xlsx");
        writeWorkbookWithADate(workbook);
        Path finland = WORKSPACE.input().resolve("FI");
        Path commas = Files.writeString(finland.resolve("FI_airi_2026_v2.csv"),
                Files.readString(finland.resolve("FI_airi_2026.csv")).replace("FI,2026,CMP1,428.2,MW,",
                        "FI,2026,CMP1,428,2,MW,"));
        for (Path dropped : List.of(workbook, commas)) {
            Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(60)));
        }

        AnnualRun.Outcome run = intakeRun.run(WORKSPACE.settings());

        assertThat(run.success()).as(run.message()).isTrue();
        assertThat(errors(workbook)).singleElement().satisfies(r -> {
            assertThat(r.get("row")).isEqualTo("2");
            assertThat(r.get("column")).isEqualTo("OBS_VALUE");
            assertThat(r.get("value")).isEqualTo("2026-05-04");
            assertThat(r.get("rule")).isEqualTo("DATE_CELL");
            assertThat(r.get("message")).startsWith("DE/AIRI_2026_DE_dates.xlsx, sheet 'Data', cell D2 (OBS_VALUE):"
                    + " the cell holds the date 2026-05-04 (shown as 04/05/2026), not a number")
                    .contains("Format the cell as Number");
        });
        assertThat(Files.readString(FeedbackFiles.textFor(workbook))).contains("REJECTED").contains("cell D2");
        assertThat(errors(commas)).singleElement().satisfies(r -> {
            assertThat(r.get("row")).isEqualTo("2");
            assertThat(r.get("column")).isEqualTo("OBS_VALUE");
            assertThat(r.get("value")).isEqualTo("428,2");
            assertThat(r.get("rule")).isEqualTo("DECIMAL_COMMA");
            assertThat(r.get("message")).startsWith("FI/FI_airi_2026_v2.csv, row 2, column 'OBS_VALUE': the row has 9"
                    + " fields where the header has 8, and OBS_VALUE is '428' and '2': probably the number 428,2"
                    + " written with a comma").contains("save the file as CSV separated by semicolons");
        });
        for (String fileName : List.of("AIRI_2026_DE_dates.xlsx", "FI_airi_2026_v2.csv")) {
            Map<String, Object> stored = jdbc.queryForMap("SELECT s.status, COUNT(v.indicator) AS stored_values"
                    + " FROM submission s LEFT JOIN submitted_value v ON v.submission_id = s.id"
                    + " WHERE s.file_name = ? GROUP BY s.status", fileName);
            assertThat(stored).containsEntry("STATUS", "REJECTED").containsEntry("STORED_VALUES", 0L);
        }
    }

    private static void writeWorkbookWithADate(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Data");
            String[][] rows = {
                    {"REF_AREA", "TIME_PERIOD", "INDICATOR", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "SOURCE"},
                    {"DE", "2026", "GRN5", "", "MONTH", "A", "Grid operators"},
                    {"DE", "2026", "CMP1", "2973.8", "MW", "A", "National data-centre register"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    boolean number = r > 0 && (c == 1 || c == 3) && !rows[r][c].isEmpty();
                    if (number) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            // GRN5's waiting time in months, typed as 4.5 where Excel reads that as the 4th of May.
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.getRow(1).getCell(3).setCellValue(LocalDate.of(2026, 5, 4));
            sheet.getRow(1).getCell(3).setCellStyle(date);
            workbook.write(out);
        }
    }

    private static List<CSVRecord> errors(Path submission) throws IOException {
        try (Reader reader = Files.newBufferedReader(FeedbackFiles.csvFor(submission))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords()
                    .stream().filter(r -> r.get("severity").equals("ERROR")).toList();
        }
    }
}
