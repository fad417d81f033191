package eu.aireadiness.templates;

import static eu.aireadiness.templates.TemplateColumns.position;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.DataflowId;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.SubmissionReader;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.EditionAdmissions;
import eu.aireadiness.validation.EditionAdmissions.Admission;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;

/**
 * A template filled in as an officer would, then read and validated by the pipeline's own reader and validator, with
 * the edition open and its dataflow as the intake takes them from {@code editions.csv}: the template, workbook or
 * CSV, must need no change to be accepted without a warning, its structure columns checked.
 */
class FilledTemplateTest {

    private static final int OBS_VALUE = position(SubmissionColumn.OBS_VALUE);
    private static final int OBS_STATUS = position(SubmissionColumn.OBS_STATUS);
    private static final int INDICATOR = position(SubmissionColumn.INDICATOR);
    private static final int SOURCE = position(SubmissionColumn.SOURCE);
    private static final int NOTE = position(SubmissionColumn.NOTE);

    @TempDir
    static Path dir;
    static Framework framework;
    static Path folder;

    /** The valid rows of the file validated last, as the validator hands them on. */
    private final List<Observation> observations = new ArrayList<>();

    @BeforeAll
    static void generate() {
        framework = new InputFolder(Path.of("input")).load();
        folder = OfficerTemplates.write(Path.of("input"), Path.of("output-templates"), dir.resolve("output"), 2026)
                .folder();
    }

    @Test
    void aFilledTemplateIsAcceptedWithThirtyObservationsAndNoProblem() throws Exception {
        Path filled = dir.resolve("input/FI/AIRI_2026_FI.xlsx");
        try (XSSFWorkbook workbook = TemplateFiles.open(folder.resolve("AIRI_2026_FI_template_en.xlsx"))) {
            XSSFSheet data = workbook.getSheet("Data");
            fillPlausibly(data);
            // GRN5 (row 10) not available: status M and an empty value.
            Row grn5 = data.getRow(9);
            assertThat(grn5.getCell(INDICATOR).getStringCellValue()).isEqualTo("GRN5");
            grn5.getCell(OBS_VALUE).setBlank();
            grn5.getCell(OBS_STATUS).setCellValue("M");
            data.getRow(1).getCell(OBS_STATUS).setCellValue("E");
            data.getRow(1).getCell(NOTE).setCellValue("Estimated from the operators' survey");
            TemplateFiles.save(workbook, filled);
        }

        ReadResult read = SubmissionReader.read(filled);
        assertThat(read.header()).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "TIME_PERIOD",
                "INDICATOR", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "SOURCE", "NOTE");
        ValidationReport report = validate(filled, "FI");

        assertThat(report.problems()).as("problems").isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.edition()).isEqualTo(2026);
        assertThat(observations).hasSize(30);
        assertThat(observations.get(8).status()).hasToString("M");
        assertThat(observations.get(8).value()).isEmpty();
        assertThat(observations.get(0).status()).hasToString("E");
        assertThat(observations.get(0).note()).isEqualTo("Estimated from the operators' survey");
    }

    @Test
    void aTextInObsValueRejectsTheFileNamingTheCell() throws Exception {
        Path filled = dir.resolve("input/FI/AIRI_2026_FI_text.xlsx");
        try (XSSFWorkbook workbook = TemplateFiles.open(folder.resolve("AIRI_2026_FI_template_en.xlsx"))) {
            XSSFSheet data = workbook.getSheet("Data");
            fillPlausibly(data);
            // Excel's validation stops a typed text, but not one pasted in: the pipeline must still refuse it.
            data.getRow(5).getCell(OBS_VALUE).setCellValue("about 45");
            TemplateFiles.save(workbook, filled);
        }

        ValidationReport report = validate(filled, "FI");

        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).hasSize(1);
        ValidationProblem problem = report.problems().get(0);
        assertThat(problem.rule()).isEqualTo("NOT_A_NUMBER");
        assertThat(problem.row()).isEqualTo(6);
        assertThat(problem.column()).isEqualTo("OBS_VALUE");
        assertThat(problem.value()).isEqualTo("about 45");
    }

    @Test
    void theCsvTemplateIsReadAsItIsAndOnceFilledIsAcceptedWithoutAProblem() throws Exception {
        Path template = folder.resolve("AIRI_2026_FI_template.csv");

        // As written: read by the intake as SDMX-CSV 2.0, each row refused only for its missing value.
        ReadResult empty = SubmissionReader.read(template);
        assertThat(empty.header()).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "TIME_PERIOD",
                "INDICATOR", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "SOURCE", "NOTE");
        ValidationReport unfilled = validate(template, "FI");
        assertThat(unfilled.accepted()).isFalse();
        assertThat(unfilled.problems()).hasSize(30).allMatch(p -> p.column().equals("OBS_VALUE"));

        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            rows = csv.getRecords();
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT.builder()
                .setHeader(empty.header().toArray(String[]::new)).get())) {
            for (CSVRecord row : rows) {
                Map<String, String> cells = row.toMap();
                cells.put("OBS_VALUE", plausible(cells.get("INDICATOR")));
                cells.put("SOURCE", "Statistics Finland, 2025");
                out.printRecord(empty.header().stream().map(cells::get).toList());
            }
        }
        Path filled = Files.writeString(Files.createDirectories(dir.resolve("input/FI")).resolve("AIRI_2026_FI.csv"),
                text.toString());

        ValidationReport report = validate(filled, "FI");

        assertThat(report.problems()).as("problems").isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(observations).hasSize(30);
        assertThat(observations.get(0).indicator()).isEqualTo("CMP1");
        assertThat(observations.get(0).source()).isEqualTo("Statistics Finland, 2025");
    }

    /** Writes into every row a plausible value ({@link PlausibleValue}) and a source. */
    private static void fillPlausibly(XSSFSheet data) {
        for (int r = 1; r <= 30; r++) {
            Row row = data.getRow(r);
            row.getCell(OBS_VALUE).setCellValue(Double.parseDouble(plausible(
                    row.getCell(INDICATOR).getStringCellValue())));
            row.getCell(SOURCE).setCellValue("Statistics Finland, 2025");
        }
    }

    private static String plausible(String code) {
        return PlausibleValue.of(framework, "FI", 2026, code);
    }

    /** Validates as the intake does for edition 2026, open, with the dataflow {@code editions.csv} names. */
    private ValidationReport validate(Path file, String folderCountry) throws Exception {
        assertThat(Files.isRegularFile(file)).isTrue();
        observations.clear();
        DataflowId dataflow = framework.edition(2026).orElseThrow().dataflow().orElseThrow();
        EditionAdmissions admissions = EditionAdmissions.of(Map.of(2026, Admission.OPEN), Map.of(2026, dataflow));
        SubmissionValidator validator = new SubmissionValidator(framework.codebook(), framework.countries(),
                framework.reference(), admissions);
        return validator.validate(TemplateFiles.submission(file, folderCountry), SubmissionReader.read(file),
                PreviousValues.none(), observations::add);
    }
}
