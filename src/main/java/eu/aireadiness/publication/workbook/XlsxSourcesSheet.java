package eu.aireadiness.publication.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.publication.text.CountryOrder;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.Results;
import eu.aireadiness.results.ValueSource;

/**
 * The "Sources" sheet: per country, each source the officers named, with the submission file, its version and the
 * data year, and the indicators whose values it supplied. The Indicators sheet gives the same provenance value by
 * value; this sheet is the list of sources to cite or check.
 */
final class XlsxSourcesSheet {

    private static final int SOURCE_COLUMN = 2;
    private static final int INDICATORS_COLUMN = 6;

    private final PublicationTexts texts;
    private final XlsxStyles styles;

    XlsxSourcesSheet(PublicationTexts texts, XlsxStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    /** The values of one country that name the same source in the same file. */
    private record Supply(CountryResult country, ValueSource source, OptionalInt dataYear, List<String> indicators) {
    }

    void write(Workbook workbook, PublishedEdition edition) {
        List<Supply> supplies = supplies(edition, texts);
        Sheet sheet = workbook.createSheet(texts.text("xlsx.sheet.sources"));
        styles.table(sheet, List.of(
                new XlsxColumn(texts.text("xlsx.country-code"), 9),
                new XlsxColumn(texts.text("ranking.country"), 22),
                new XlsxColumn(texts.text("xlsx.source"), 50),
                new XlsxColumn(texts.text("xlsx.file"), 30),
                new XlsxColumn(texts.text("xlsx.version"), 8),
                new XlsxColumn(texts.text("xlsx.data-year"), 8),
                new XlsxColumn(texts.text("xlsx.indicators"), 60),
                new XlsxColumn(texts.text("xlsx.values"), 8)),
                supplies.size(), 2);
        int rowIndex = 1;
        for (Supply supply : supplies) {
            Row row = sheet.createRow(rowIndex++);
            styles.cell(row, 0, supply.country().country().code());
            styles.cell(row, 1, texts.countryName(supply.country().country()));
            styles.submittedWrapped(row, SOURCE_COLUMN, supply.source().source());
            styles.submitted(row, 3, supply.source().fileName());
            styles.whole(row, 4, supply.source().submissionVersion());
            styles.whole(row, 5, supply.dataYear());
            styles.wrapped(row, INDICATORS_COLUMN, String.join(", ", supply.indicators()));
            styles.whole(row, 7, supply.indicators().size());
        }
    }

    /** In the language's alphabetical order of countries, then in the codebook's order of each source's first indicator. */
    private static List<Supply> supplies(PublishedEdition edition, PublicationTexts texts) {
        List<Supply> supplies = new ArrayList<>();
        List<CountryResult> countries = CountryOrder.sorted(edition.ranking(), texts);
        for (CountryResult result : countries) {
            Map<List<Object>, Supply> bySource = new LinkedHashMap<>();
            for (Indicator indicator : edition.codebook().indicators()) {
                IndicatorResult value = Results.indicator(result, indicator.code());
                value.source().ifPresent(source -> bySource.computeIfAbsent(
                        List.of(source.source(), source.fileName(), source.submissionVersion(), value.dataYear()),
                        key -> new Supply(result, source, value.dataYear(), new ArrayList<>()))
                        .indicators().add(indicator.code()));
            }
            supplies.addAll(bySource.values());
        }
        return supplies;
    }
}
