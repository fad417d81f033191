package eu.aireadiness.publication.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.Results;

/**
 * The "Ranking" sheet: one row per country in rank order (rank, index score, rank interval, change, pillar scores),
 * with a native bar chart of the index scores below the table, the best at the top.
 */
final class XlsxRankingSheet {

    private static final int COUNTRY_COLUMN = 2;
    private static final int INDEX_COLUMN = 3;
    private static final int FIRST_PILLAR_COLUMN = 9;

    private final PublicationTexts texts;
    private final Branding branding;
    private final XlsxStyles styles;

    XlsxRankingSheet(PublicationTexts texts, Branding branding, XlsxStyles styles) {
        this.texts = texts;
        this.branding = branding;
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, PublishedEdition edition, String previousEdition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.ranking"));
        List<Pillar> pillars = edition.codebook().pillars();
        List<XlsxColumn> columns = new ArrayList<>(List.of(
                new XlsxColumn(texts.text("ranking.rank"), 7),
                new XlsxColumn(texts.text("xlsx.country-code"), 9),
                new XlsxColumn(texts.text("ranking.country"), 26),
                new XlsxColumn(texts.text("ranking.index"), 10),
                new XlsxColumn(texts.text("xlsx.interval-from"), 11),
                new XlsxColumn(texts.text("xlsx.interval-to"), 11),
                new XlsxColumn(texts.text("xlsx.median-rank"), 10),
                new XlsxColumn(texts.text("xlsx.previous-rank"), 10),
                new XlsxColumn(texts.format("ranking.change", previousEdition), 12)));
        for (Pillar pillar : pillars) {
            columns.add(new XlsxColumn(texts.pillarName(pillar) + " (" + pillar.code() + ")", 16));
        }
        int currentDataColumn = columns.size();
        columns.add(new XlsxColumn(texts.text("nocurrent.column"), 34));
        int countries = edition.ranking().size();
        styles.table(sheet, columns, countries, COUNTRY_COLUMN + 1);
        NoCurrentDataText noCurrentData = new NoCurrentDataText(edition, texts);
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            Row row = sheet.createRow(rowIndex++);
            styles.whole(row, 0, result.rank());
            styles.cell(row, 1, result.country().code());
            styles.cell(row, COUNTRY_COLUMN, texts.countryName(result.country()));
            styles.score(row, INDEX_COLUMN, result.indexScore());
            result.rankInterval().ifPresent(interval -> {
                styles.whole(row, 4, interval.lowRank());
                styles.whole(row, 5, interval.highRank());
                styles.value(row, 6, interval.median());
            });
            styles.whole(row, 7, result.previousRank());
            if (noCurrentData.flagged(result)) {
                // The change would compare the previous edition's values with themselves.
                styles.cell(row, 8, texts.text("nocurrent.change"));
                styles.cell(row, currentDataColumn, noCurrentData.flag() + " " + noCurrentData.reason(result));
            } else {
                styles.change(row, 8, result.indexChange());
            }
            for (int i = 0; i < pillars.size(); i++) {
                styles.score(row, FIRST_PILLAR_COLUMN + i, Results.pillar(result, pillars.get(i).code()).score());
            }
        }
        legend(sheet.createRow(countries + 1), noCurrentData, previousEdition);
        chart(sheet, countries, edition);
    }

    /** The legend of the flag of countries without current data, in the row between the table and the chart. */
    static void legend(Row row, NoCurrentDataText noCurrentData, String previousEdition) {
        String legend = noCurrentData.legend(previousEdition);
        if (!legend.isEmpty()) {
            row.createCell(0).setCellValue(legend);
        }
    }

    /** Below the table, about one row of the sheet per bar. */
    private void chart(XSSFSheet sheet, int countries, PublishedEdition edition) {
        int top = countries + 2;
        XlsxBarChart chart = new XlsxBarChart(sheet, 0, top, FIRST_PILLAR_COLUMN, top + countries + 8,
                texts.format("xlsx.chart.title", edition.info().title(texts.language())), texts.text("country.chart.axis"));
        XDDFBarChartData.Series series = chart.series(
                new CellRangeAddress(1, countries, COUNTRY_COLUMN, COUNTRY_COLUMN),
                new CellRangeAddress(1, countries, INDEX_COLUMN, INDEX_COLUMN),
                new CellReference(sheet.getSheetName(), 0, INDEX_COLUMN, true, true),
                texts.text("ranking.index"), branding.primary());
        XlsxBarChart.labelValues(series);
        chart.gap(40);
        chart.plot();
    }
}
