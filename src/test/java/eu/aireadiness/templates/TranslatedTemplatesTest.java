package eu.aireadiness.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.InvariantWords;
import eu.aireadiness.submission.SubmissionColumn;

/**
 * The templates in the countries' official languages, read back with POI: Belgium gets English, French and German
 * (countries.csv lists nl fr de; there are no Dutch texts), every text of the German and French templates differs
 * from the English one but for codes, and every sheet prints one page wide.
 */
class TranslatedTemplatesTest {

    @TempDir
    static Path output;

    @BeforeAll
    static void generate() {
        OfficerTemplates.write(Path.of("input"), Path.of("output-templates"), output, 2026);
    }

    @Test
    void theGermanTemplateNamesSheetsCountryAndIndicatorsInGerman() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(template("BE", "de"))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Anleitung", "Data", "Indikatoren");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Europäischer Index der KI-Bereitschaft 2026: Übermittlung für Belgien (BE)");
            XSSFSheet data = workbook.getSheet("Data");
            int indicator = TemplateColumns.position(SubmissionColumn.INDICATOR);
            assertThat(data.getRow(1).getCell(indicator).getStringCellValue()).isEqualTo("CMP1");
            assertThat(data.getRow(1).getCell(indicator).getCellStyle().getDataFormatString())
                    .isEqualTo("@\" \u00B7 IT-Anschlussleistung der Rechenzentren\"");
            assertThat(OfficerTemplatesTest.text(workbook.getSheetAt(0))).contains("hat die Form SDMX-CSV 2.0",
                    "Dataflows des Index für 2026, AIRI:DF_AIRI(1.0)", "auf I gesperrt",
                    "verwenden Sie die Datei AIRI_2026_BE_template.csv");
            XSSFSheet indicators = workbook.getSheet("Indikatoren");
            assertThat(indicators.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Indikator");
            assertThat(indicators.getRow(1).getCell(7).getStringCellValue())
                    .startsWith("Installierte IT-Anschlussleistung");
        }
    }

    @Test
    void theFrenchTemplateWritesFrenchDefinitions() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(template("FR", "fr"))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Mode d’emploi");
            XSSFSheet indicators = workbook.getSheet("Indicateurs");
            assertThat(indicators.getRow(1).getCell(7).getStringCellValue())
                    .startsWith("Puissance informatique installée");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("France (FR)");
            assertThat(OfficerTemplatesTest.text(workbook.getSheetAt(0))).contains("suit la forme SDMX-CSV 2.0",
                    "flux de données de l’indice pour 2026, AIRI:DF_AIRI(1.0)", "verrouillée sur I",
                    "utilisez le fichier AIRI_2026_FR_template.csv");
        }
    }

    @Test
    void noTextOfATranslatedTemplateIsItsEnglishText() throws Exception {
        for (String language : List.of("de", "fr")) {
            try (XSSFWorkbook english = TemplateFiles.open(template("BE", "en"));
                 XSSFWorkbook translated = TemplateFiles.open(template("BE", language))) {
                for (int s = 0; s < 3; s++) {
                    List<String> englishTexts = texts(english.getSheetAt(s));
                    // STRUCTURE's 'dataflow' is an SDMX keyword, written alike in every file.
                    List<String> same = texts(translated.getSheetAt(s)).stream().filter(englishTexts::contains)
                            .filter(text -> !text.equals(TemplateColumns.STRUCTURE_DATAFLOW))
                            .filter(text -> !InvariantWords.isInvariant(text, language)).toList();
                    assertThat(same).as(language + ", sheet " + translated.getSheetName(s)).isEmpty();
                }
            }
        }
    }

    @Test
    void everySheetPrintsOnePageWideWithTheTablesHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = TemplateFiles.open(template("LU", "fr"))) {
            for (int s = 0; s < 3; s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            }
            assertThat(workbook.getSheetAt(1).getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheetAt(1).getRepeatingRows()).hasToString("org.apache.poi.ss.util.CellRangeAddress [1:1]");
            assertThat(workbook.getSheetAt(2).getRepeatingRows()).hasToString("org.apache.poi.ss.util.CellRangeAddress [1:1]");
        }
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }

    private static Path template(String country, String language) {
        return output.resolve("templates/2026/" + OfficerTemplates.fileName(2026, country, language));
    }
}
