package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.aireadiness.compute.ComputeCommand;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.CountriesReader;
import eu.aireadiness.framework.Indicator;

/**
 * The COINr export of an edition rebuilds it: the annual job publishes the sample edition, then the {@code compute}
 * command, on the three exported files alone, gives every stored score and rank of every country (the index, the
 * pillars and the indicators' scores) as the same doubles, the published open-data CSV's numbers, and the rank
 * intervals of the uncertainty analysis. And the exported files hold what the edition's inputs and stored values
 * say: the raw submitted values and the reference series, not quotients.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoinrExportRoundTripTest {

    private static final int EDITION = 2026;
    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-coinr");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    @Autowired
    AnnualRun annualRun;

    @Autowired
    JdbcTemplate jdbc;

    private final Codebook codebook = CodebookReader.read(Path.of("input/codebook.csv"));
    private final List<Country> countries = CountriesReader.read(Path.of("input/countries.csv"));
    private Path coinr;
    private Path recomputed;

    @BeforeAll
    void publishAndRecompute(@TempDir Path out) throws Exception {
        AnnualRun.Outcome outcome = annualRun.run(EDITION, WORKSPACE.settings());
        assertThat(outcome.success()).as(outcome.message()).isTrue();
        coinr = edition().resolve("coinr");
        recomputed = out.resolve("recomputed");
        ComputeCommand.Outcome computed = ComputeCommand.run(coinr.resolve("AIRI-2026-iMeta.csv"),
                coinr.resolve("AIRI-2026-iData.csv"), coinr.resolve("AIRI-2026-method.yml"), recomputed);
        assertThat(computed.units()).isEqualTo(27);
    }

    private static Path edition() {
        return WORKSPACE.output().resolve(String.valueOf(EDITION));
    }

    @Test
    void computeOnTheExportGivesEveryStoredScoreAndRankBitForBit() throws IOException {
        Map<String, CSVRecord> scores = byUnit(recomputed.resolve("aggregated.csv"));
        Map<String, CSVRecord> ranks = byUnit(recomputed.resolve("ranks.csv"));
        List<Map<String, Object>> stored = jdbc.queryForList("SELECT country, code, level_no, score, score_rank"
                + " FROM score WHERE edition = ? AND basis = 'CURRENT' ORDER BY country, code", EDITION);
        int aggregates = 0;
        for (Map<String, Object> row : stored) {
            String country = (String) row.get("country");
            String code = (String) row.get("code");
            Number score = (Number) row.get("score");
            Number rank = (Number) row.get("score_rank");
            assertThat(number(scores.get(country).get(code))).as(country + " " + code)
                    .isEqualTo(Double.valueOf(score == null ? Double.NaN : score.doubleValue()));
            assertThat(ranks.get(country).get(code)).as("rank of " + country + " " + code)
                    .isEqualTo(rank == null ? "" : String.valueOf(rank.intValue()));
            aggregates += ((Number) row.get("level_no")).intValue() > 1 ? 1 : 0;
        }
        assertThat(aggregates).isEqualTo(27 * (codebook.pillars().size() + 1));
        assertThat(stored).hasSize(27 * (codebook.pillars().size() + 1 + codebook.indicators().size()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM score WHERE edition = ? AND basis = 'CURRENT'"
                + " AND origin = 'CARRIED_FORWARD'", Integer.class, EDITION))
                .as("values carried forward from the previous edition's rows of the export are among them")
                .isPositive();
    }

    @Test
    void computeOnTheExportGivesThePublishedScoresAndRanks() throws IOException {
        Map<String, CSVRecord> scores = byUnit(recomputed.resolve("aggregated.csv"));
        Map<String, CSVRecord> ranks = byUnit(recomputed.resolve("ranks.csv"));
        int compared = 0;
        for (CSVRecord row : records(edition().resolve("AIRI-2026-scores.csv"))) {
            if (!row.get("MEASURE").equals("SCORE") || row.get("OBS_VALUE").isEmpty()) {
                continue;
            }
            String country = row.get("REF_AREA");
            String code = row.get("CODE");
            assertThat(number(scores.get(country).get(code))).as(country + " " + code)
                    .isEqualTo(Double.parseDouble(row.get("OBS_VALUE")));
            assertThat(ranks.get(country).get(code)).as("rank of " + country + " " + code).isEqualTo(row.get("RANK"));
            compared++;
        }
        assertThat(compared).isGreaterThan(27 * (codebook.pillars().size() + 1));
    }

    @Test
    void computeOnTheExportGivesTheStoredRankIntervals() throws IOException {
        Map<String, CSVRecord> intervals = byUnit(recomputed.resolve("uncertainty_ranks.csv"));
        List<Map<String, Object>> stored = jdbc.queryForList("SELECT country, nominal_rank, median_rank, low_rank,"
                + " high_rank FROM rank_interval WHERE edition = ?", EDITION);
        assertThat(stored).hasSize(27);
        for (Map<String, Object> row : stored) {
            CSVRecord recomputedRow = intervals.get((String) row.get("country"));
            assertThat(Integer.parseInt(recomputedRow.get("nominal_rank"))).isEqualTo(row.get("nominal_rank"));
            assertThat(number(recomputedRow.get("median_rank"))).isEqualTo(row.get("median_rank"));
            assertThat(number(recomputedRow.get("q05_rank"))).isEqualTo(row.get("low_rank"));
            assertThat(number(recomputedRow.get("q95_rank"))).isEqualTo(row.get("high_rank"));
        }
    }

    @Test
    void theDataHoldTheRawSubmittedValuesAndTheReferenceSeriesOfBothEditions() throws IOException {
        List<CSVRecord> data = records(coinr.resolve("AIRI-2026-iData.csv"));
        List<String> header = new ArrayList<>(List.of("uCode", "uName", "Time", "GDP", "POP"));
        codebook.indicators().forEach(i -> header.add(i.code()));
        assertThat(data.get(0).getParser().getHeaderNames()).isEqualTo(header);
        assertThat(data).hasSize(2 * 27);
        Map<String, Double> reference = new HashMap<>();
        for (CSVRecord r : records(WORKSPACE.input().resolve("reference-data.csv"))) {
            reference.put(r.get("REF_AREA") + "|" + r.get("TIME_PERIOD") + "|" + r.get("SERIES"),
                    Double.parseDouble(r.get("OBS_VALUE")));
        }
        Map<String, Double> submitted = new TreeMap<>();
        jdbc.query("SELECT s.country, s.edition, v.indicator, v.obs_value FROM submitted_value v"
                + " JOIN submission s ON s.id = v.submission_id WHERE s.status = 'ACCEPTED' AND s.version ="
                + " (SELECT MAX(m.version) FROM submission m WHERE m.country = s.country AND m.edition = s.edition"
                + "  AND m.status = 'ACCEPTED')", rs -> {
                    double v = rs.getDouble("obs_value");
                    double value = rs.wasNull() ? Double.NaN : v;
                    submitted.put(rs.getString("country") + "|" + rs.getInt("edition") + "|"
                            + rs.getString("indicator"), value);
                });
        int values = 0;
        for (int i = 0; i < data.size(); i++) {
            CSVRecord row = data.get(i);
            Country country = countries.get(i % 27);
            String time = i < 27 ? "2025" : "2026";
            assertThat(List.of(row.get("uCode"), row.get("uName"), row.get("Time")))
                    .isEqualTo(List.of(country.code(), country.englishName(), time));
            for (String series : List.of("GDP", "POP")) {
                assertThat(number(row.get(series))).as(country.code() + " " + time + " " + series)
                        .isEqualTo(reference.get(country.code() + "|" + time + "|" + series));
            }
            for (Indicator indicator : codebook.indicators()) {
                Double expected = submitted.get(country.code() + "|" + time + "|" + indicator.code());
                assertThat(number(row.get(indicator.code()))).as(country.code() + " " + time + " "
                        + indicator.code()).isEqualTo(expected == null ? Double.valueOf(Double.NaN) : expected);
                values += expected == null || expected.isNaN() ? 0 : 1;
            }
        }
        assertThat(values).isGreaterThan(1500);
    }

    @Test
    void theMetaIsTheCodebookInCoinrsColumnsAndTheMethodIsTheEditionsFile() throws IOException {
        List<CSVRecord> meta = records(coinr.resolve("AIRI-2026-iMeta.csv"));
        assertThat(meta.get(0).getParser().getHeaderNames()).containsExactly("iCode", "iName", "Level", "Parent",
                "Direction", "Weight", "Type", "Denominator", "Scale", "Unit", "PublishedUnit", "goalpost_lower",
                "goalpost_upper");
        Map<String, CSVRecord> byCode = new HashMap<>();
        meta.forEach(r -> byCode.put(r.get("iCode"), r));
        assertThat(meta).hasSize(codebook.indicators().size() + codebook.pillars().size() + 1 + 2);
        for (CSVRecord row : records(WORKSPACE.input().resolve("codebook.csv"))) {
            CSVRecord exported = byCode.get(row.get("code"));
            assertThat(exported.get("iName")).isEqualTo(row.get("name"));
            assertThat(exported.get("Level")).isEqualTo(row.get("level"));
            assertThat(exported.get("Parent")).isEqualTo(row.get("parent"));
            assertThat(exported.get("Direction")).isEqualTo(row.get("direction").equals("-") ? "-1" : "1");
            assertThat(number(exported.get("Weight"))).isEqualTo(Double.parseDouble(row.get("weight")));
            assertThat(exported.get("Type")).isEqualTo(row.get("level").equals("1") ? "Indicator" : "Aggregate");
            if (row.get("level").equals("1")) {
                assertThat(exported.get("Denominator")).isEqualTo(row.get("denominator"));
                assertThat(number(exported.get("Scale"))).isEqualTo(row.get("scale").isEmpty() ? 1.0
                        : Double.parseDouble(row.get("scale")));
                assertThat(exported.get("Unit")).isEqualTo(row.get("submission_unit"));
                assertThat(exported.get("PublishedUnit")).isEqualTo(row.get("unit"));
                // the worse and the better goalpost, whichever way the indicator points
                double floor = Double.parseDouble(row.get("goal_floor"));
                double target = Double.parseDouble(row.get("goal_target"));
                assertThat(number(exported.get("goalpost_lower"))).isEqualTo(Math.min(floor, target));
                assertThat(number(exported.get("goalpost_upper"))).isEqualTo(Math.max(floor, target));
            }
        }
        assertThat(List.of(byCode.get("POP").get("Type"), byCode.get("POP").get("Unit"),
                byCode.get("GDP").get("Unit"))).containsExactly("Denominator", "NR", "EUR_M");
        assertThat(Files.readString(coinr.resolve("AIRI-2026-method.yml")))
                .isEqualTo(Files.readString(WORKSPACE.input().resolve("method.yml")));
    }

    @Test
    void theManifestListsTheExportedFilesWithTheirChecksums() throws IOException {
        JsonNode manifest = JsonMapper.shared().readTree(edition().resolve("manifest.json").toFile());
        Map<String, String> listed = new HashMap<>();
        for (JsonNode file : manifest.get("files")) {
            listed.put(file.get("path").asString(), file.get("sha256").asString());
        }
        for (String name : List.of("AIRI-2026-iData.csv", "AIRI-2026-iMeta.csv", "AIRI-2026-method.yml")) {
            assertThat(listed).containsEntry("coinr/" + name, sha256(coinr.resolve(name)));
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Boxed, so that a missing number (NaN) equals a missing number. */
    private static Double number(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static Map<String, CSVRecord> byUnit(Path file) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        records(file).forEach(r -> rows.put(r.get("uCode"), r));
        return rows;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
