package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compute} on COINr's ASEM example with configuration A and the uncertainty section of
 * method-A-uncertainty.yml: the rank intervals, the Sobol indices and the coherence tables it writes.
 */
class AsemUncertaintyTest {

    private static final Path ASEM = AsemConfigurationATest.ASEM;

    @TempDir
    static Path dir;

    private static List<Map<String, String>> ranks;
    private static List<Map<String, String>> sensitivity;

    @BeforeAll
    static void computeOnce() throws IOException {
        run(dir.resolve("first"));
        ranks = rows(dir.resolve("first").resolve("uncertainty_ranks.csv"));
        sensitivity = rows(dir.resolve("first").resolve("sensitivity_indices.csv"));
    }

    private static void run(Path out) {
        ComputeCommand.run(ASEM.resolve("iMeta.csv"), ASEM.resolve("iData_long.csv"),
                ASEM.resolve("method-A-uncertainty.yml"), out);
    }

    /** The rows of a CSV file in file order, each by column name. */
    static List<Map<String, String>> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    @Test
    void everyUnitHasItsNominalRankFromConfigurationA() throws IOException {
        Map<String, String> expected = new HashMap<>();
        for (Map<String, String> row : rows(ASEM.resolve("expected-A").resolve("results_index.csv"))) {
            expected.put(row.get("uCode"), row.get("rank"));
        }
        assertThat(ranks).hasSize(51);
        assertThat(ranks).extracting(row -> row.get("uCode")).doesNotHaveDuplicates();
        for (Map<String, String> row : ranks) {
            assertThat(row.get("nominal_rank")).as(row.get("uCode")).isEqualTo(expected.get(row.get("uCode")));
        }
        List<Integer> nominal = ranks.stream().map(row -> Integer.parseInt(row.get("nominal_rank"))).toList();
        assertThat(nominal).isSorted();
    }

    @Test
    void percentilesAreOrderedAndHoldMostNominalRanks() {
        int inside = 0;
        for (Map<String, String> row : ranks) {
            double q05 = Double.parseDouble(row.get("q05_rank"));
            double median = Double.parseDouble(row.get("median_rank"));
            double q95 = Double.parseDouble(row.get("q95_rank"));
            double mean = Double.parseDouble(row.get("mean_rank"));
            int nominal = Integer.parseInt(row.get("nominal_rank"));
            assertThat(q05).as(row.get("uCode")).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(median);
            assertThat(q95).as(row.get("uCode")).isGreaterThanOrEqualTo(median).isLessThanOrEqualTo(51);
            assertThat(mean).as(row.get("uCode")).isBetween(1.0, 51.0);
            if (q05 <= nominal && nominal <= q95) {
                inside++;
            }
        }
        System.out.printf("ASEM, configuration A: %d of 51 nominal ranks inside their 5th-95th percentiles%n", inside);
        assertThat(inside).isGreaterThanOrEqualTo(40);
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        run(dir.resolve("second"));
        for (String file : List.of(AnalysisFiles.UNCERTAINTY, AnalysisFiles.SENSITIVITY)) {
            assertThat(Files.readAllBytes(dir.resolve("second").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(file)));
        }
    }

    @Test
    void everyFactorHasFiniteSensitivityIndices() {
        assertThat(sensitivity).extracting(row -> row.get("factor"))
                .containsExactly("weights.2", "weights.3", "normalise", "aggregate", "winmax");
        for (Map<String, String> row : sensitivity) {
            for (String column : List.of("first_order", "total", "first_order_low", "first_order_high",
                    "total_low", "total_high")) {
                assertThat(Double.parseDouble(row.get(column))).as(row.get("factor") + " " + column).isFinite();
            }
            assertThat(Double.parseDouble(row.get("total_low")))
                    .isLessThanOrEqualTo(Double.parseDouble(row.get("total_high")));
        }
    }

    @Test
    void coherenceTablesCoverTheTreeOfAsem() throws IOException {
        Path out = dir.resolve("first");
        assertThat(rows(out.resolve(CoherenceCsvWriter.CORRELATIONS))).hasSize(49 + 8 + 2);
        assertThat(rows(out.resolve(CoherenceCsvWriter.AGGREGATES))).hasSize(8 + 2 + 1);
        assertThat(Files.exists(out.resolve(CoherenceCsvWriter.FLAGS))).isTrue();
    }
}
