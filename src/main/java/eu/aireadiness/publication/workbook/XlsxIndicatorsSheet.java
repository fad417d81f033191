package eu.aireadiness.publication.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.publication.text.FlagText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.Results;
import eu.aireadiness.results.ValueOrigin;

/**
 * The "Indicators" sheet, the long table of every indicator of every country (countries in rank order, indicators
 * in codebook order): the value as submitted, as published, after outlier treatment, its normalised score and rank,
 * its flag, and where it comes from. It grows with countries, indicators and editions, so it is written row by row
 * into a streamed sheet.
 */
final class XlsxIndicatorsSheet {

    private static final int SUBMITTED_COLUMN = 5;
    private static final int VALUE_COLUMN = 7;
    private static final int TREATED_COLUMN = 8;
    private static final int SCORE_COLUMN = 10;
    private static final int RANK_COLUMN = 11;
    private static final int FLAG_COLUMN = 12;
    private static final int SOURCE_COLUMN = 14;

    private final PublicationTexts texts;
    private final XlsxStyles styles;

    XlsxIndicatorsSheet(PublicationTexts texts, XlsxStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(Workbook workbook, PublishedEdition edition) {
        Sheet sheet = workbook.createSheet(texts.text("xlsx.sheet.indicators"));
        List<Indicator> indicators = edition.codebook().indicators();
        styles.table(sheet, List.of(
                new XlsxColumn(texts.text("xlsx.country-code"), 9),
                new XlsxColumn(texts.text("ranking.country"), 22),
                new XlsxColumn(texts.text("xlsx.pillar-code"), 8),
                new XlsxColumn(texts.text("indicator.code"), 8),
                new XlsxColumn(texts.text("indicator.name"), 44),
                new XlsxColumn(texts.text("xlsx.submitted-value"), 12),
                new XlsxColumn(texts.text("xlsx.submission-unit"), 11),
                new XlsxColumn(texts.text("xlsx.published-value"), 12),
                new XlsxColumn(texts.text("xlsx.treated-value"), 12),
                new XlsxColumn(texts.text("indicator.unit"), 26),
                new XlsxColumn(texts.text("xlsx.normalised-score"), 11),
                new XlsxColumn(texts.text("indicator.rank"), 7),
                new XlsxColumn(texts.text("indicator.flag"), 6),
                new XlsxColumn(texts.text("xlsx.data-year"), 8),
                new XlsxColumn(texts.text("xlsx.source"), 40),
                new XlsxColumn(texts.text("xlsx.file"), 28),
                new XlsxColumn(texts.text("xlsx.version"), 8),
                new XlsxColumn(texts.text("xlsx.file-row"), 8)),
                edition.ranking().size() * indicators.size(), 4);
        int rowIndex = 1;
        for (CountryResult result : edition.ranking()) {
            for (Indicator indicator : indicators) {
                IndicatorResult value = Results.indicator(result, indicator.code());
                Row row = sheet.createRow(rowIndex++);
                styles.cell(row, 0, result.country().code());
                styles.cell(row, 1, texts.countryName(result.country()));
                styles.cell(row, 2, indicator.pillar());
                styles.cell(row, 3, indicator.code());
                styles.cell(row, 4, texts.indicatorName(indicator));
                styles.value(row, SUBMITTED_COLUMN, value.submitted());
                styles.cell(row, 6, indicator.submissionUnit());
                styles.value(row, VALUE_COLUMN, value.value(), indicator.decimals());
                styles.value(row, TREATED_COLUMN, value.treated(), indicator.decimals());
                styles.cell(row, 9, texts.unit(indicator));
                styles.score(row, SCORE_COLUMN, value.score());
                styles.whole(row, RANK_COLUMN, value.rank());
                flag(row, value.origin());
                styles.whole(row, 13, value.dataYear());
                value.source().ifPresent(source -> {
                    styles.submitted(row, SOURCE_COLUMN, source.source());
                    styles.submitted(row, SOURCE_COLUMN + 1, source.fileName());
                    styles.whole(row, SOURCE_COLUMN + 2, source.submissionVersion());
                    styles.whole(row, SOURCE_COLUMN + 3, source.row());
                });
            }
        }
    }

    /** A reported value has no flag: its cell is left empty, so that filtering on the blanks finds them. */
    private void flag(Row row, ValueOrigin origin) {
        String flag = FlagText.flag(origin, texts);
        if (!flag.isEmpty()) {
            styles.cell(row, FLAG_COLUMN, flag);
        }
    }
}
