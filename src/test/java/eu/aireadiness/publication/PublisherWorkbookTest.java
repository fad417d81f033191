package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;

/** Reads the results workbook back with POI: the numbers are the model's, at full precision. */
class PublisherWorkbookTest {

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void publish() throws IOException {
        edition = SampleEdition.build();
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        Path xlsx = output.resolve("2026/AIRI-2026-results.xlsx");
        assertThat(xlsx.getFileName()).hasToString("AIRI-2026-results.xlsx");
        try (var in = java.nio.file.Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void theSheetsAreThoseOfTheEdition() {
        List<String> names = new java.util.ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Read me", "Ranking", "Pillars", "Indicators", "Codebook", "Coverage");
    }

    @Test
    void theRankingHoldsTheModelsNumbersExactly() {
        XSSFSheet sheet = workbook.getSheet("Ranking");
        List<Pillar> pillars = edition.codebook().pillars();
        assertThat(sheet.getLastRowNum()).isEqualTo(27);
        for (int i = 0; i < edition.ranking().size(); i++) {
            CountryResult result = edition.ranking().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(result.rank());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(result.country().code());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(result.indexScore());
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            for (int p = 0; p < pillars.size(); p++) {
                assertThat(row.getCell(4 + p).getNumericCellValue())
                        .isEqualTo(result.pillars().get(pillars.get(p).code()).score());
            }
            int change = 4 + pillars.size() + 1;
            if (result.indexChange().isPresent()) {
                assertThat(row.getCell(change).getNumericCellValue()).isEqualTo(result.indexChange().getAsDouble());
            } else {
                assertThat(row.getCell(change)).isNull();
            }
        }
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
    }

    @Test
    void theRankingSheetHasABarChartWithASolidFill() {
        XSSFSheet sheet = workbook.getSheet("Ranking");
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        var series = charts.get(0).getChartSeries().get(0).getSeries(0);
        assertThat(series.getShapeProperties().getFillProperties()).isInstanceOf(XDDFSolidFillProperties.class);
        assertThat(series.getValuesData().getPointCount()).isEqualTo(27);
    }

    @Test
    void theIndicatorsSheetHoldsEveryValueScoreAndRank() {
        XSSFSheet sheet = workbook.getSheet("Indicators");
        List<Indicator> indicators = edition.codebook().indicators();
        assertThat(sheet.getLastRowNum()).isEqualTo(27 * indicators.size());
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            for (Indicator indicator : indicators) {
                IndicatorResult expected = result.indicators().get(indicator.code());
                Row row = sheet.getRow(rowIndex++);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(indicator.code());
                assertThat(row.getCell(9).getStringCellValue()).isEqualTo(expected.origin().name());
                if (expected.origin() == ValueOrigin.MISSING) {
                    assertThat(row.getCell(5)).isNull();
                    assertThat(row.getCell(7)).isNull();
                    continue;
                }
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(expected.value().getAsDouble());
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(expected.score().getAsDouble());
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(expected.rank().getAsInt());
            }
        }
    }

    @Test
    void thePillarsSheetHoldsRanksAndEuAverages() {
        XSSFSheet sheet = workbook.getSheet("Pillars");
        CountryResult first = edition.ranking().get(0);
        Row index = sheet.getRow(1);
        assertThat(index.getCell(2).getStringCellValue()).isEqualTo("INDEX");
        assertThat(index.getCell(6).getNumericCellValue()).isEqualTo(edition.euAverage().get("INDEX"));
        Row skills = sheet.getRow(4);
        assertThat(skills.getCell(2).getStringCellValue()).isEqualTo("SKL");
        assertThat(skills.getCell(4).getNumericCellValue()).isEqualTo(first.pillars().get("SKL").score());
        assertThat(skills.getCell(5).getNumericCellValue()).isEqualTo(first.pillars().get("SKL").rank());
        assertThat(skills.getCell(6).getNumericCellValue()).isEqualTo(edition.euAverage().get("SKL"));
    }

    @Test
    void theCoverageAndCodebookSheetsDescribeTheEdition() {
        XSSFSheet coverage = workbook.getSheet("Coverage");
        Row bulgaria = coverage.getRow(3);
        assertThat(bulgaria.getCell(0).getStringCellValue()).isEqualTo("BG");
        assertThat(bulgaria.getCell(2).getStringCellValue()).isEqualTo("Rejected: previous values carried forward");
        assertThat(bulgaria.getCell(5).getStringCellValue()).isEqualTo(SampleEdition.REJECTION_REASON);
        XSSFSheet codebook = workbook.getSheet("Codebook");
        Row grn2 = codebook.getRow(1 + 7 + 5);
        assertThat(grn2.getCell(0).getStringCellValue()).isEqualTo("GRN2");
        assertThat(grn2.getCell(5).getStringCellValue()).isEqualTo("-");
        assertThat(grn2.getCell(7).getNumericCellValue()).isEqualTo(2.0);
        assertThat(grn2.getCell(8).getNumericCellValue()).isEqualTo(1.1);
        XSSFSheet readMe = workbook.getSheet("Read me");
        assertThat(readMe.getRow(0).getCell(0).getStringCellValue()).isEqualTo("European AI Readiness Index 2026");
        assertThat(readMe.getRow(5).getCell(1).getStringCellValue()).contains("not official statistics");
    }
}
