package eu.aireadiness.publication.workbook;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.text.Branding;
import eu.aireadiness.publication.text.NoCurrentDataText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.Results;

/**
 * The "Pillars" sheet: per country in rank order, the index and each pillar's score and rank; below the table, the
 * EU average, the highest and the lowest score of each, and a native chart of the three per pillar, which shows at
 * a glance where the countries stand and how far apart they are.
 */
final class XlsxPillarsSheet {

    private static final int INDEX_COLUMN = 2;
    private static final int FIRST_PILLAR_COLUMN = 4;
    private static final int LABEL_COLUMN = 1;
    private static final Color LOWEST = new Color(0xA6, 0xB4, 0xC8);

    private final PublicationTexts texts;
    private final Branding branding;
    private final XlsxStyles styles;

    XlsxPillarsSheet(PublicationTexts texts, Branding branding, XlsxStyles styles) {
        this.texts = texts;
        this.branding = branding;
        this.styles = styles;
    }

    /** The row (0-based) of the EU average; the highest and the lowest scores follow it. */
    private static int averageRow(PublishedEdition edition) {
        return edition.ranking().size() + 2;
    }

    void write(XSSFWorkbook workbook, PublishedEdition edition) {
        XSSFSheet sheet = workbook.createSheet(texts.text("xlsx.sheet.pillars"));
        List<Pillar> pillars = edition.codebook().pillars();
        List<XlsxColumn> columns = new ArrayList<>(List.of(
                new XlsxColumn(texts.text("xlsx.country-code"), 9),
                new XlsxColumn(texts.text("ranking.country"), 26),
                new XlsxColumn(texts.text("ranking.index"), 10),
                new XlsxColumn(texts.text("xlsx.index-rank"), 8)));
        for (Pillar pillar : pillars) {
            columns.add(new XlsxColumn(texts.pillarName(pillar) + " (" + pillar.code() + ")", 16));
        }
        for (Pillar pillar : pillars) {
            columns.add(new XlsxColumn(texts.format("xlsx.pillar-rank", pillar.code()), 9));
        }
        int currentDataColumn = columns.size();
        columns.add(new XlsxColumn(texts.text("nocurrent.column"), 34));
        int countries = edition.ranking().size();
        styles.table(sheet, columns, countries, INDEX_COLUMN);
        NoCurrentDataText noCurrentData = new NoCurrentDataText(edition, texts);
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            Row row = sheet.createRow(rowIndex++);
            styles.cell(row, 0, result.country().code());
            styles.cell(row, 1, texts.countryName(result.country()));
            styles.score(row, INDEX_COLUMN, result.indexScore());
            styles.whole(row, INDEX_COLUMN + 1, result.rank());
            for (int i = 0; i < pillars.size(); i++) {
                PillarScore score = Results.pillar(result, pillars.get(i).code());
                styles.score(row, FIRST_PILLAR_COLUMN + i, score.score());
                styles.whole(row, FIRST_PILLAR_COLUMN + pillars.size() + i, score.rank());
            }
            if (noCurrentData.flagged(result)) {
                styles.cell(row, currentDataColumn, noCurrentData.flag() + " " + noCurrentData.reason(result));
            }
        }
        // Outside the filtered range, so that sorting the countries leaves these rows below them.
        int average = averageRow(edition);
        Row averages = sheet.createRow(average);
        styles.strong(averages, LABEL_COLUMN, texts.text("country.eu-average"));
        styles.score(averages, INDEX_COLUMN, edition.euAverage().get(edition.codebook().indexCode()));
        for (int i = 0; i < pillars.size(); i++) {
            styles.score(averages, FIRST_PILLAR_COLUMN + i, edition.euAverage().get(pillars.get(i).code()));
        }
        extreme(sheet.createRow(average + 1), texts.text("xlsx.highest"), edition, true);
        extreme(sheet.createRow(average + 2), texts.text("xlsx.lowest"), edition, false);
        chart(sheet, edition, average);
    }

    private void extreme(Row row, String label, PublishedEdition edition, boolean highest) {
        styles.strong(row, LABEL_COLUMN, label);
        styles.score(row, INDEX_COLUMN, extreme(edition, CountryResult::indexScore, highest));
        List<Pillar> pillars = edition.codebook().pillars();
        for (int i = 0; i < pillars.size(); i++) {
            String code = pillars.get(i).code();
            styles.score(row, FIRST_PILLAR_COLUMN + i,
                    extreme(edition, result -> Results.pillar(result, code).score(), highest));
        }
    }

    private static double extreme(PublishedEdition edition, ToDoubleFunction<CountryResult> score, boolean highest) {
        var scores = edition.ranking().stream().mapToDouble(score);
        return (highest ? scores.max() : scores.min()).orElseThrow();
    }

    /** Clustered bars per pillar: lowest, EU average, highest; below the rows it reads from. */
    private void chart(XSSFSheet sheet, PublishedEdition edition, int average) {
        int pillars = edition.codebook().pillars().size();
        int top = average + 4;
        XlsxBarChart chart = new XlsxBarChart(sheet, 0, top, FIRST_PILLAR_COLUMN + 3, top + 4 * pillars + 6,
                texts.format("xlsx.chart.pillars-title", edition.info().title(texts.language())), texts.text("country.chart.axis"));
        CellRangeAddress names = new CellRangeAddress(0, 0, FIRST_PILLAR_COLUMN, FIRST_PILLAR_COLUMN + pillars - 1);
        series(chart, sheet, names, average + 2, LOWEST);
        series(chart, sheet, names, average, branding.primary());
        series(chart, sheet, names, average + 1, branding.accent());
        chart.gap(60);
        chart.legend();
        chart.plot();
    }

    private void series(XlsxBarChart chart, XSSFSheet sheet, CellRangeAddress names, int row, Color colour) {
        chart.series(names, new CellRangeAddress(row, row, names.getFirstColumn(), names.getLastColumn()),
                new CellReference(sheet.getSheetName(), row, LABEL_COLUMN, true, true),
                sheet.getRow(row).getCell(LABEL_COLUMN).getStringCellValue(), colour);
    }
}
