package eu.aireadiness.publication;

import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;

/**
 * The long tables behind the country pages: "Pillars" (index and pillar scores, ranks and EU averages) and
 * "Indicators" (published value, score, rank and flag of every indicator of every country), in rank order.
 */
final class XlsxScoreSheets {

    private final PublicationTexts texts;
    private final XlsxStyles styles;

    XlsxScoreSheets(PublicationTexts texts, XlsxStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void writePillars(XSSFWorkbook workbook, PublishedEdition edition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.pillars"));
        int rows = edition.ranking().size() * (1 + edition.codebook().pillars().size());
        styles.table(sheet, new String[] {texts.text("xlsx.country-code"), texts.text("ranking.country"),
                texts.text("xlsx.code"), texts.text("country.pillar"), texts.text("country.score"),
                texts.text("country.rank"), texts.text("country.eu-average"), texts.text("xlsx.previous-score")},
                new int[] {9, 30, 9, 34, 10, 8, 12, 14}, rows);
        Map<String, Double> average = edition.euAverage();
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            Row index = sheet.createRow(rowIndex++);
            country(index, result);
            styles.cell(index, 2, edition.codebook().indexCode());
            styles.cell(index, 3, texts.indexName(edition.codebook()));
            styles.score(index, 4, result.indexScore());
            styles.whole(index, 5, result.rank());
            optionalScore(index, 6, average.get(edition.codebook().indexCode()));
            styles.score(index, 7, result.previousIndexScore());
            for (Pillar pillar : edition.codebook().pillars()) {
                PillarScore score = Results.pillar(result, pillar.code());
                Row row = sheet.createRow(rowIndex++);
                country(row, result);
                styles.cell(row, 2, pillar.code());
                styles.cell(row, 3, texts.pillarName(pillar));
                styles.score(row, 4, score.score());
                styles.whole(row, 5, score.rank());
                optionalScore(row, 6, average.get(pillar.code()));
                styles.score(row, 7, score.previousScore());
            }
        }
    }

    void writeIndicators(XSSFWorkbook workbook, PublishedEdition edition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.indicators"));
        int rows = edition.ranking().size() * edition.codebook().indicators().size();
        styles.table(sheet, new String[] {texts.text("xlsx.country-code"), texts.text("ranking.country"),
                texts.text("xlsx.pillar-code"), texts.text("indicator.code"), texts.text("indicator.name"),
                texts.text("indicator.value"), texts.text("indicator.unit"), texts.text("indicator.score"),
                texts.text("indicator.rank"), texts.text("xlsx.origin"), texts.text("xlsx.data-year")},
                new int[] {9, 30, 9, 9, 50, 12, 28, 10, 8, 18, 10}, rows);
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            for (Indicator indicator : edition.codebook().indicators()) {
                IndicatorResult value = Results.indicator(result, indicator.code());
                Row row = sheet.createRow(rowIndex++);
                country(row, result);
                styles.cell(row, 2, indicator.pillar());
                styles.cell(row, 3, indicator.code());
                styles.cell(row, 4, texts.indicatorName(indicator));
                styles.value(row, 5, value.value());
                styles.cell(row, 6, texts.unit(indicator));
                styles.score(row, 7, value.score());
                styles.whole(row, 8, value.rank());
                styles.cell(row, 9, value.origin().name());
                styles.whole(row, 10, value.dataYear());
            }
        }
    }

    private void country(Row row, CountryResult result) {
        styles.cell(row, 0, result.country().code());
        styles.cell(row, 1, texts.countryName(result.country()));
    }

    private void optionalScore(Row row, int column, Double score) {
        if (score != null) {
            styles.score(row, column, score);
        }
    }
}
