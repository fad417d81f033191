package eu.aireadiness.publication.coinr;

import java.util.ArrayList;
import java.util.List;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;

/**
 * COINr's iMeta of the codebook: COINr's required columns ({@code iCode, iName, Level, Parent, Direction, Weight,
 * Type}), the indicator's {@code Denominator} (a row of type Denominator each), and columns COINr passes through that
 * the {@code compute} command reads: the codebook's {@code Scale} factor (per million, % of GDP) and the goalposts of
 * the normalisation ({@code goalpost_lower, goalpost_upper}); and, for the reader, the {@code Unit} of the iData's
 * values (the officers' submission unit) and the {@code PublishedUnit} that denominating and scaling give, the unit
 * of the goalposts.
 * Columns that do not apply to a row are empty (R's NA).
 */
final class CoinrMetaTable {

    static final List<String> HEADER = List.of("iCode", "iName", "Level", "Parent", "Direction", "Weight", "Type",
            "Denominator", "Scale", "Unit", "PublishedUnit", "goalpost_lower", "goalpost_upper");

    private CoinrMetaTable() {
    }

    static String write(Codebook codebook, ReferenceData reference) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : codebook.indicators()) {
            rows.add(List.of(i.code(), i.name(), "1", i.pillar(), String.valueOf(i.direction().sign()),
                    CoinrTables.number(i.weight()), "Indicator", i.denominator().orElse(""),
                    CoinrTables.number(i.scale()), i.submissionUnit(), i.unit(),
                    CoinrTables.number(i.goalposts().low()), CoinrTables.number(i.goalposts().high())));
        }
        for (Pillar p : codebook.pillars()) {
            rows.add(List.of(p.code(), p.name(), "2", codebook.indexCode(), "1", CoinrTables.number(p.weight()),
                    "Aggregate", "", "", "", "", "", ""));
        }
        rows.add(List.of(codebook.indexCode(), codebook.indexName(), "3", "", "1", "1", "Aggregate", "", "",
                "", "", "", ""));
        for (String series : codebook.denominators()) {
            String unit = reference.values().stream().filter(v -> v.series().equals(series))
                    .map(ReferenceValue::unit).findFirst().orElse("");
            rows.add(List.of(series, series, "", "", "", "", "Denominator", "", "", unit, "", "", ""));
        }
        return CoinrTables.csv(HEADER, rows);
    }
}
