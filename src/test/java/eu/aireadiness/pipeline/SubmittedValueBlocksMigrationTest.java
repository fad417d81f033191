package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V6 moves the values stored one row each (V2 to V5) into blocks, and the view that replaces the table
 * shows every one of them as it was: on H2 always, and on PostgreSQL in a schema of its own when .ci/run provides a
 * server (READINESS_TEST_PG_URL).
 */
class SubmittedValueBlocksMigrationTest {

    private static final String VALUES = "SELECT submission_id, indicator, obs_value, unit_measure, obs_status, source,"
            + " note, source_row FROM submitted_value ORDER BY submission_id, source_row";

    @Test
    void valuesStoredOneRowEachAreTheSameAfterTheirMoveIntoBlocks(@TempDir Path dir) {
        try (HikariDataSource h2 = new HikariDataSource()) {
            h2.setJdbcUrl("jdbc:h2:file:" + dir.resolve("readiness"));
            h2.setUsername("sa");
            migrate(h2, null);
        }
    }

    @Test
    void theMoveWorksOnPostgresqlToo() {
        String url = System.getenv("READINESS_TEST_PG_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "READINESS_TEST_PG_URL names no PostgreSQL server");
        try (HikariDataSource postgres = new HikariDataSource()) {
            postgres.setJdbcUrl(url);
            postgres.setUsername(System.getenv("READINESS_TEST_PG_USER"));
            postgres.setPassword(System.getenv("READINESS_TEST_PG_PASSWORD"));
            postgres.setSchema("blocks_migration");
            new JdbcTemplate(postgres).execute("DROP SCHEMA IF EXISTS blocks_migration CASCADE");
            migrate(postgres, "blocks_migration");
        }
    }

    private static void migrate(DataSource dataSource, String schema) {
        flyway(dataSource, schema).target("5").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long large = submission(jdbc, "SK", 1);
        long small = submission(jdbc, "CZ", 1);
        submission(jdbc, "PL", null);
        // 2,345 values in rows 2, 4, 6, ...: three blocks; two units, three statuses, two sources, notes now and then.
        for (int i = 0; i < 2345; i++) {
            String status = i % 50 == 0 ? "M" : i % 10 == 0 ? "E" : "A";
            value(jdbc, large, "I" + i, status.equals("M") ? null : i * 0.25, i % 5 == 0 ? "MW" : "PC", status,
                    i < 1500 ? "Statistical Office of the Slovak Republic" : "Eurostat",
                    i % 20 == 0 ? "Break in series" : "", 2 + 2L * i);
        }
        value(jdbc, small, "GOV_AI", 3.5, "PC", "A", "", "", 7);
        value(jdbc, small, "CMP_HPC", null, "PF", "M", "", "=cmd|' /C calc'!A0", 8);
        List<Map<String, Object>> before = jdbc.queryForList(VALUES);

        flyway(dataSource, schema).load().migrate();

        assertThat(jdbc.queryForList(VALUES)).hasSize(2347).isEqualTo(before);
        assertThat(jdbc.queryForList("SELECT submission_id, block_no, CARDINALITY(indicator) AS n_values,"
                        + " CARDINALITY(unit_measures) AS n_sets FROM submitted_value_block"
                        + " ORDER BY submission_id, block_no"))
                .extracting(row -> List.of(((Number) row.get("submission_id")).longValue(),
                        ((Number) row.get("block_no")).intValue(), ((Number) row.get("n_values")).intValue(),
                        ((Number) row.get("n_sets")).intValue()))
                // Six combinations of unit, status and note per source; the second block has both sources.
                .containsExactly(List.of(large, 1, 1000, 6), List.of(large, 2, 1000, 12), List.of(large, 3, 345, 6),
                        List.of(small, 1, 2, 2));
    }

    private static FluentConfiguration flyway(DataSource dataSource, String schema) {
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSource)
                .javaMigrations(new BatchRepositorySchema());
        return schema == null ? configuration : configuration.schemas(schema).createSchemas(true);
    }

    private static long submission(JdbcTemplate jdbc, String country, Integer version) {
        jdbc.update("INSERT INTO submission (country, edition, file_name, file_path, sha256, size_bytes, received_at,"
                        + " status, version, row_count, error_count, warning_count, archive_path)"
                        + " VALUES (?, 2026, ?, ?, ?, 100, ?, ?, ?, 0, 0, 0, '')", country, country + ".csv",
                "input/" + country + "/" + country + ".csv", country.repeat(32), Timestamp.from(Instant.EPOCH),
                version == null ? "REJECTED" : "ACCEPTED", version);
        return jdbc.queryForObject("SELECT id FROM submission WHERE country = ?", Long.class, country);
    }

    private static void value(JdbcTemplate jdbc, long submission, String indicator, Double value, String unit,
                              String status, String source, String note, long row) {
        jdbc.update("INSERT INTO submitted_value (submission_id, indicator, obs_value, unit_measure, obs_status,"
                + " source, note, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", submission, indicator, value, unit,
                status, source, note, row);
    }
}
