package eu.aireadiness.publication.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;

/**
 * The "Rank intervals" sheet: per country in rank order, the nominal rank and where it lies when the method's
 * assumptions vary, at full precision (median, 5th and 95th percentiles) and as printed (rounded outwards). The
 * cells stay empty when the method has no uncertainty analysis; the Read me says so.
 */
final class XlsxRankIntervalsSheet {

    private static final int MEDIAN_COLUMN = 4;

    private final PublicationTexts texts;
    private final XlsxStyles styles;

    XlsxRankIntervalsSheet(PublicationTexts texts, XlsxStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(Workbook workbook, PublishedEdition edition) {
        Sheet sheet = workbook.createSheet(texts.text("xlsx.sheet.rank-intervals"));
        styles.table(sheet, List.of(
                new XlsxColumn(texts.text("ranking.rank"), 7),
                new XlsxColumn(texts.text("xlsx.country-code"), 9),
                new XlsxColumn(texts.text("ranking.country"), 26),
                new XlsxColumn(texts.text("ranking.index"), 10),
                new XlsxColumn(texts.text("xlsx.median-rank"), 10),
                new XlsxColumn(texts.text("xlsx.percentile-5"), 12),
                new XlsxColumn(texts.text("xlsx.percentile-95"), 12),
                new XlsxColumn(texts.text("xlsx.interval-from"), 11),
                new XlsxColumn(texts.text("xlsx.interval-to"), 11),
                new XlsxColumn(texts.text("xlsx.replications"), 13)),
                edition.ranking().size(), 3);
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            Row row = sheet.createRow(rowIndex++);
            styles.whole(row, 0, result.rank());
            styles.cell(row, 1, result.country().code());
            styles.cell(row, 2, texts.countryName(result.country()));
            styles.score(row, 3, result.indexScore());
            result.rankInterval().ifPresent(interval -> {
                styles.value(row, MEDIAN_COLUMN, interval.median());
                styles.value(row, MEDIAN_COLUMN + 1, interval.low());
                styles.value(row, MEDIAN_COLUMN + 2, interval.high());
                styles.whole(row, MEDIAN_COLUMN + 3, interval.lowRank());
                styles.whole(row, MEDIAN_COLUMN + 4, interval.highRank());
                styles.whole(row, MEDIAN_COLUMN + 5, interval.replications());
            });
        }
    }
}
