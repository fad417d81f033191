package eu.aireadiness.templates;

import static eu.aireadiness.templates.TemplateColumns.position;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
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
import eu.aireadiness.submission.SubmissionColumn;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.EditionAdmissions;
import eu.aireadiness.validation.EditionAdmissions.Admission;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;

/**
 * The template of a published edition opened for revision (2025 set to {@code revision} in a copy of
 * {@code editions.csv}): ACTION is open with the list I, D, the instructions say what D does, and a filled template
 * that withdraws one published value is accepted with that withdrawal listed.
 */
class RevisionTemplateTest {

    private static final int ACTION = position(SubmissionColumn.ACTION);
    private static final int OBS_VALUE = position(SubmissionColumn.OBS_VALUE);
    private static final int INDICATOR = position(SubmissionColumn.INDICATOR);

    @TempDir
    static Path dir;
    static Framework framework;
    static Path folder;

    @BeforeAll
    static void generate() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        for (String file : List.of("codebook.csv", "countries.csv", "reference-data.csv")) {
            Files.copy(Path.of("input", file), input.resolve(file));
        }
        String editions = Files.readString(Path.of("input/editions.csv"));
        assertThat(editions).containsOnlyOnce(",published,");
        Files.writeString(input.resolve("editions.csv"), editions.replace(",published,", ",revision,"));
        framework = new InputFolder(input).load();
        folder = OfficerTemplates.write(input, Path.of("output-templates"), dir.resolve("output"), 2025).folder();
    }

    @Test
    void actionIsOpenWithTheListIAndD() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(folder.resolve("AIRI_2025_FI_template_en.xlsx"))) {
            XSSFSheet data = workbook.getSheet("Data");
            for (int r = 1; r <= 30; r++) {
                Row row = data.getRow(r);
                assertThat(row.getCell(ACTION).getStringCellValue()).isEqualTo("I");
                assertThat(row.getCell(ACTION).getCellStyle().getLocked()).as("ACTION row " + (r + 1)).isFalse();
                DataValidation action = OfficerTemplatesTest.validationAt(data, r, ACTION).orElseThrow();
                assertThat(action.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                assertThat(action.getValidationConstraint().getExplicitListValues()).containsExactly("I", "D");
                assertThat(action.getPromptBoxText()).contains("D: withdraw the published value");
            }
            String instructions = OfficerTemplatesTest.text(workbook.getSheet("Instructions"));
            assertThat(instructions).contains("Edition 2025 is published and opened for revision, so ACTION can also"
                    + " be D (delete)", "and ACTION in an edition opened for revision")
                    .doesNotContain("D (delete) is refused");
        }
    }

    @Test
    void theGermanAndFrenchTemplatesExplainDeletionInTheirLanguage() throws Exception {
        try (XSSFWorkbook german = TemplateFiles.open(folder.resolve("AIRI_2025_DE_template_de.xlsx"));
             XSSFWorkbook french = TemplateFiles.open(folder.resolve("AIRI_2025_FR_template_fr.xlsx"))) {
            assertThat(OfficerTemplatesTest.text(german.getSheetAt(0)))
                    .contains("ACTION kann daher auch D (löschen) sein");
            assertThat(OfficerTemplatesTest.validationAt(german.getSheet("Data"), 1, ACTION).orElseThrow()
                    .getPromptBoxTitle()).isEqualTo("Aktion der Zeile");
            assertThat(OfficerTemplatesTest.text(french.getSheetAt(0)))
                    .contains("ACTION peut donc aussi valoir D (suppression)");
            assertThat(OfficerTemplatesTest.validationAt(french.getSheet("Data"), 1, ACTION).orElseThrow()
                    .getErrorBoxTitle()).isEqualTo("Action inconnue");
        }
    }

    @Test
    void aFilledRevisionThatWithdrawsOneValueIsAcceptedWithTheWithdrawalListed() throws Exception {
        Path filled = dir.resolve("input/FI/AIRI_2025_FI.xlsx");
        try (XSSFWorkbook workbook = TemplateFiles.open(folder.resolve("AIRI_2025_FI_template_en.xlsx"))) {
            XSSFSheet data = workbook.getSheet("Data");
            for (int r = 1; r <= 30; r++) {
                Row row = data.getRow(r);
                row.getCell(OBS_VALUE).setCellValue(Double.parseDouble(PlausibleValue.of(framework, "FI", 2025,
                        row.getCell(INDICATOR).getStringCellValue())));
            }
            // GRN5 (row 10): its published value withdrawn.
            Row grn5 = data.getRow(9);
            assertThat(grn5.getCell(INDICATOR).getStringCellValue()).isEqualTo("GRN5");
            grn5.getCell(ACTION).setCellValue("D");
            grn5.getCell(OBS_VALUE).setBlank();
            TemplateFiles.save(workbook, filled);
        }
        List<Observation> observations = new ArrayList<>();
        DataflowId dataflow = framework.edition(2025).orElseThrow().dataflow().orElseThrow();
        SubmissionValidator validator = new SubmissionValidator(framework.codebook(), framework.countries(),
                framework.reference(), EditionAdmissions.of(Map.of(2025, Admission.REVISION),
                Map.of(2025, dataflow)));

        ValidationReport report = validator.validate(TemplateFiles.submission(filled, "FI"),
                SubmissionReader.read(filled), PreviousValues.none(), observations::add);

        assertThat(report.accepted()).isTrue();
        assertThat(report.problems()).extracting(ValidationProblem::rule)
                .containsExactlyInAnyOrder("EDITION_REVISION", "OBSERVATION_DELETED");
        ValidationProblem deleted = report.problems().stream()
                .filter(p -> p.rule().equals("OBSERVATION_DELETED")).findFirst().orElseThrow();
        assertThat(deleted.row()).isEqualTo(10);
        assertThat(deleted.column()).isEqualTo("ACTION");
        assertThat(observations).hasSize(29).noneMatch(o -> o.indicator().equals("GRN5"));
    }
}
