package eu.aireadiness.publication;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;

/**
 * Writes the open-data file in long format, one row per country, code and measure, numbers at full precision:
 * the index score (level 3), the pillar scores (level 2), and each indicator's published value and score (level 1).
 * Countries in country-code order, codes in codebook order. The rank is given on score rows.
 */
final class CsvScoresWriter {

    static final String[] HEADER = {"EDITION", "REF_AREA", "CODE", "LEVEL", "MEASURE", "OBS_VALUE", "RANK", "FLAG",
            "DATA_STATUS"};

    void write(PublishedEdition edition, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        String year = Integer.toString(edition.edition());
        String status = edition.info().dataStatus();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, format)) {
            var countries = edition.ranking().stream()
                    .sorted(Comparator.comparing(r -> r.country().code())).toList();
            for (CountryResult result : countries) {
                String area = result.country().code();
                csv.printRecord(year, area, edition.codebook().indexCode(), "3", "SCORE",
                        number(result.indexScore()), Integer.toString(result.rank()), "", status);
                for (Pillar pillar : edition.codebook().pillars()) {
                    PillarScore score = Results.pillar(result, pillar.code());
                    csv.printRecord(year, area, pillar.code(), "2", "SCORE", number(score.score()),
                            Integer.toString(score.rank()), "", status);
                }
                for (Indicator indicator : edition.codebook().indicators()) {
                    IndicatorResult value = Results.indicator(result, indicator.code());
                    String flag = value.origin().name();
                    csv.printRecord(year, area, indicator.code(), "1", "VALUE", number(value.value()), "", flag, status);
                    csv.printRecord(year, area, indicator.code(), "1", "SCORE", number(value.score()),
                            rank(value.rank()), flag, status);
                }
            }
        }
    }

    /** Full precision, plain notation (no exponent), '.' as decimal point. */
    static String number(double number) {
        if (!Double.isFinite(number)) {
            throw new PublicationException("a published number must be finite, found " + number
                    + "; check the scoring step");
        }
        return BigDecimal.valueOf(number).toPlainString();
    }

    private static String number(OptionalDouble number) {
        return number.isPresent() ? number(number.getAsDouble()) : "";
    }

    private static String rank(OptionalInt rank) {
        return rank.isPresent() ? Integer.toString(rank.getAsInt()) : "";
    }
}
