package eu.aireadiness.publication.opendata;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.aireadiness.feedback.SpreadsheetText;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;
import eu.aireadiness.results.Results;
import eu.aireadiness.results.ValueOrigin;

/**
 * Writes the open-data file in long format, one row per country, code and measure, numbers at full precision:
 * the index score (level 3) with its rank interval when the method has an uncertainty analysis (RANK_MEDIAN,
 * RANK_P05 and RANK_P95 rows), the pillar scores (level 2), and for each indicator (level 1) the value as submitted,
 * the published value, the value after outlier treatment and the score, each with its flag, unit, data year and
 * the submission it comes from. Countries in country-code order, codes in codebook order. The rank is given on
 * score rows. A country without current data (see {@link PublishedEdition#noCurrentData}) has its reason code in
 * NO_CURRENT_DATA on every row and the flag CARRIED_FORWARD on its index and pillar rows too. Text from submissions (sources, file names) is neutralised so that no spreadsheet runs it.
 */
public final class CsvScoresWriter {

    static final String[] HEADER = {"EDITION", "REF_AREA", "CODE", "LEVEL", "MEASURE", "OBS_VALUE", "RANK", "FLAG",
            "DATA_STATUS", "UNIT_MEASURE", "DATA_YEAR", "SOURCE", "SUBMISSION_FILE", "SUBMISSION_VERSION",
            "NO_CURRENT_DATA"};

    public void write(PublishedEdition edition, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        String year = Integer.toString(edition.edition());
        String status = edition.info().dataStatus();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, format)) {
            var countries = edition.ranking().stream()
                    .sorted(Comparator.comparing(r -> r.country().code())).toList();
            String index = edition.codebook().indexCode();
            for (CountryResult result : countries) {
                String area = result.country().code();
                // A country without current data: its aggregates rest on carried-forward values, and every row
                // says why (a reason code, never the intake's message).
                String noCurrentData = edition.noCurrentData(area).map(Enum::name).orElse("");
                String aggregateFlag = noCurrentData.isEmpty() ? "" : ValueOrigin.CARRIED_FORWARD.name();
                csv.printRecord(year, area, index, "3", "SCORE", number(result.indexScore()),
                        Integer.toString(result.rank()), aggregateFlag, status, "", "", "", "", "", noCurrentData);
                if (result.rankInterval().isPresent()) {
                    RankInterval interval = result.rankInterval().get();
                    csv.printRecord(year, area, index, "3", "RANK_MEDIAN", number(interval.median()), "",
                            aggregateFlag, status, "", "", "", "", "", noCurrentData);
                    csv.printRecord(year, area, index, "3", "RANK_P05", number(interval.low()), "", aggregateFlag,
                            status, "", "", "", "", "", noCurrentData);
                    csv.printRecord(year, area, index, "3", "RANK_P95", number(interval.high()), "", aggregateFlag,
                            status, "", "", "", "", "", noCurrentData);
                }
                for (Pillar pillar : edition.codebook().pillars()) {
                    PillarScore score = Results.pillar(result, pillar.code());
                    csv.printRecord(year, area, pillar.code(), "2", "SCORE", number(score.score()),
                            Integer.toString(score.rank()), aggregateFlag, status, "", "", "", "", "",
                            noCurrentData);
                }
                for (Indicator indicator : edition.codebook().indicators()) {
                    IndicatorResult value = Results.indicator(result, indicator.code());
                    List<String> provenance = new ArrayList<>(provenance(value));
                    provenance.add(noCurrentData);
                    printIndicator(csv, year, area, value, "SUBMITTED", value.submitted(), "", status,
                            indicator.submissionUnit(), provenance);
                    printIndicator(csv, year, area, value, "VALUE", value.value(), "", status, indicator.unit(),
                            provenance);
                    printIndicator(csv, year, area, value, "TREATED", value.treated(), "", status, indicator.unit(),
                            provenance);
                    printIndicator(csv, year, area, value, "SCORE", value.score(), rank(value.rank()), status, "",
                            provenance);
                }
            }
        }
    }

    private static void printIndicator(CSVPrinter csv, String year, String area, IndicatorResult value,
                                       String measure, OptionalDouble number, String rank, String status,
                                       String unit, List<String> provenance) throws IOException {
        List<String> record = new ArrayList<>(List.of(year, area, value.code(), "1", measure, number(number), rank,
                value.origin().name(), status, unit));
        record.addAll(provenance);
        csv.printRecord(record);
    }

    /** Data year, source, submission file and version; empty for a missing value. */
    private static List<String> provenance(IndicatorResult value) {
        String dataYear = value.dataYear().isPresent() ? Integer.toString(value.dataYear().getAsInt()) : "";
        return value.source().map(s -> List.of(dataYear, SpreadsheetText.neutralise(s.source()),
                        SpreadsheetText.neutralise(s.fileName()), Integer.toString(s.submissionVersion())))
                .orElse(List.of(dataYear, "", "", ""));
    }

    /** Full precision, plain notation (no exponent), '.' as decimal point. */
    public static String number(double number) {
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
