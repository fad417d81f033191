package eu.aireadiness.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.intake.SubmissionReader;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.ValidationReport;

/**
 * A template filled in as an officer would, then read and validated by the pipeline's own reader and validator:
 * the template must need no change to be accepted.
 */
class FilledTemplateTest {

    private static final int OBS_VALUE = 3;
    private static final int OBS_STATUS = 5;
    private static final int SOURCE = 6;

    @TempDir
    static Path dir;
    static Framework framework;
    static Path template;

    /** The valid rows of the workbook validated last, as the validator hands them on. */
    private final List<Observation> observations = new ArrayList<>();

    @BeforeAll
    static void generate() {
        framework = new InputFolder(Path.of("input")).load();
        OfficerTemplates.write(Path.of("input"), Path.of("output-templates"), dir.resolve("output"), 2026);
        template = dir.resolve("output/templates/2026/AIRI_2026_FI_template_en.xlsx");
    }

    @Test
    void aFilledTemplateIsAcceptedWithThirtyObservationsAndNoProblem() throws Exception {
        Path filled = dir.resolve("input/FI/AIRI_2026_FI.xlsx");
        try (XSSFWorkbook workbook = TemplateFiles.open(template)) {
            XSSFSheet data = workbook.getSheet("Data");
            fillPlausibly(data);
            // GRN5 (row 10) not available: status M and an empty value.
            Row grn5 = data.getRow(9);
            assertThat(grn5.getCell(2).getStringCellValue()).isEqualTo("GRN5");
            grn5.getCell(OBS_VALUE).setBlank();
            grn5.getCell(OBS_STATUS).setCellValue("M");
            data.getRow(1).getCell(OBS_STATUS).setCellValue("E");
            data.getRow(1).getCell(7).setCellValue("Estimated from the operators' survey");
            TemplateFiles.save(workbook, filled);
        }

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
        try (XSSFWorkbook workbook = TemplateFiles.open(template)) {
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

    /**
     * Writes into every row the middle of the indicator's plausible published range, turned back into submission
     * units: divided by the scale, and for a denominated indicator multiplied by the country's reference value.
     */
    private static void fillPlausibly(XSSFSheet data) {
        for (int r = 1; r <= 30; r++) {
            Row row = data.getRow(r);
            Indicator indicator = framework.codebook().indicator(row.getCell(2).getStringCellValue()).orElseThrow();
            double published = (indicator.plausible().low() + indicator.plausible().high()) / 2;
            double submitted = published / indicator.scale();
            if (indicator.denominator().isPresent()) {
                submitted *= framework.reference().find("FI", 2026, indicator.denominator().get()).orElseThrow()
                        .amount();
            }
            boolean whole = indicator.submissionUnit().equals("CODE") || indicator.submissionUnit().equals("NR");
            row.getCell(OBS_VALUE).setCellValue(whole ? Math.round(submitted) : submitted);
            row.getCell(SOURCE).setCellValue("Statistics Finland, 2025");
        }
    }

    private ValidationReport validate(Path file, String folderCountry) throws Exception {
        assertThat(Files.isRegularFile(file)).isTrue();
        ReadResult read = SubmissionReader.read(file);
        SubmissionValidator validator = new SubmissionValidator(framework.codebook(), framework.countries(),
                framework.reference());
        return validator.validate(TemplateFiles.submission(file, folderCountry), read, PreviousValues.none(),
                observations::add);
    }
}
