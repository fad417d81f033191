package eu.aireadiness.publication.coinr;

import java.util.ArrayList;
import java.util.List;

import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.SubmittedValue;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.ReferenceData;

/**
 * COINr's iData in its wide layout: one row per country and edition ({@code uCode, uName, Time}), the edition's
 * reference series the indicators are divided by (population, GDP), then the indicators as the officers submitted
 * them, in submission units: the raw data set, not divided, so that the denominate step can be checked too. Every
 * country of the index has its row in every edition, with empty fields where it has no value.
 */
final class CoinrDataTable {

    private CoinrDataTable() {
    }

    /** @param editions the data sets in the order of their rows, earliest first */
    static String write(Codebook codebook, List<Country> countries, ReferenceData reference,
                        List<EditionDataSet> editions) {
        List<String> series = codebook.denominators();
        List<String> header = new ArrayList<>(List.of("uCode", "uName", "Time"));
        header.addAll(series);
        codebook.indicators().forEach(i -> header.add(i.code()));
        List<List<String>> rows = new ArrayList<>();
        for (EditionDataSet edition : editions) {
            for (Country country : countries) {
                List<String> row = new ArrayList<>(List.of(country.code(), country.englishName(),
                        String.valueOf(edition.edition())));
                for (String s : series) {
                    row.add(CoinrTables.number(reference.find(country.code(), edition.edition(), s)
                            .map(v -> v.amount()).orElse(Double.NaN)));
                }
                for (Indicator indicator : codebook.indicators()) {
                    row.add(CoinrTables.number(edition.value(country.code(), indicator.code())
                            .map(SubmittedValue::value).orElse(Double.NaN)));
                }
                rows.add(row);
            }
        }
        return CoinrTables.csv(header, rows);
    }
}
