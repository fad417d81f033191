package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.StoredText;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.validation.PreviousValues;

/**
 * A SOURCE and a NOTE as long as the database keeps are stored whole, and the limits the validator refuses longer
 * ones by are the database's own: one character more does not fit the column. On H2, and on PostgreSQL in a schema
 * of its own when .ci/run provides a server (READINESS_TEST_PG_URL), since the two count characters differently.
 */
class StoredTextTest {

    private static final Framework FRAMEWORK = new InputFolder(Path.of("input")).load();

    @TempDir
    Path dir;

    @Test
    void storesTheLongestTextsWholeOnH2() throws Exception {
        try (HikariDataSource h2 = new HikariDataSource()) {
            h2.setJdbcUrl("jdbc:h2:file:" + dir.resolve("db").resolve("readiness"));
            h2.setUsername("sa");
            storesTheLongestTextsWhole(h2, null);
        }
    }

    @Test
    void storesTheLongestTextsWholeOnPostgresql() throws Exception {
        String url = System.getenv("READINESS_TEST_PG_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "READINESS_TEST_PG_URL names no PostgreSQL server");
        try (HikariDataSource postgres = new HikariDataSource()) {
            postgres.setJdbcUrl(url);
            postgres.setUsername(System.getenv("READINESS_TEST_PG_USER"));
            postgres.setPassword(System.getenv("READINESS_TEST_PG_PASSWORD"));
            postgres.setSchema("stored_text");
            new JdbcTemplate(postgres).execute("DROP SCHEMA IF EXISTS stored_text CASCADE");
            storesTheLongestTextsWhole(postgres, "stored_text");
        }
    }

    private void storesTheLongestTextsWhole(DataSource dataSource, String schema) throws Exception {
        var flyway = Flyway.configure().dataSource(dataSource);
        (schema == null ? flyway : flyway.schemas(schema).createSchemas(true)).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String source = "Š".repeat(1000);
        String note = "€".repeat(4000);
        Path file = Fixtures.write(dir, "SK", "AIRI_2026_SK.csv", ("REF_AREA,TIME_PERIOD,INDICATOR,OBS_VALUE,"
                + "UNIT_MEASURE,OBS_STATUS,SOURCE,NOTE\nSK,2026,SKL1,51.3,PC_IND,," + source + ",\"" + note + "\"\n")
                .getBytes(StandardCharsets.UTF_8));
        SubmissionFile submission = new SubmissionFile(file, "SK", "1".repeat(64), Files.size(file), Instant.EPOCH);
        FileIntake intake = new FileIntake(FRAMEWORK, SubmissionLimits.DEFAULT);

        SubmissionStore.Stored stored;
        try (SubmissionStore.NewSubmission received = new SubmissionStore(jdbc).receive(submission,
                Optional.of(file))) {
            stored = received.finish(intake.check(submission, file, PreviousValues.none(), received::add));
        }

        assertThat(stored.report().accepted()).as(stored.report().rejectionSummary()).isTrue();
        Map<String, Object> value = jdbc.queryForMap("SELECT source, note FROM submitted_value");
        assertThat(value).containsEntry("source", source).containsEntry("note", note);
        assertThat(StoredText.SOURCE.maxLength()).isEqualTo(source.length());
        assertThat(StoredText.NOTE.maxLength()).isEqualTo(note.length());

        long id = jdbc.queryForObject("SELECT id FROM submission", Long.class);
        assertThatThrownBy(() -> insertBlock(jdbc, id, source + "Š", note)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> insertBlock(jdbc, id, source, note + "€")).isInstanceOf(DataAccessException.class);
    }

    private static void insertBlock(JdbcTemplate jdbc, long submissionId, String source, String note) {
        jdbc.update(connection -> {
            var insert = connection.prepareStatement(ValueBlock.INSERT);
            insert.setLong(1, submissionId);
            insert.setInt(2, 2);
            insert.setArray(3, connection.createArrayOf("varchar", new String[] {"SKL3"}));
            insert.setArray(4, connection.createArrayOf("float8", new Double[] {4.1}));
            insert.setArray(5, connection.createArrayOf("int8", new Long[] {3L}));
            insert.setArray(6, connection.createArrayOf("int2", new Short[] {1}));
            insert.setArray(7, connection.createArrayOf("varchar", new String[] {"PC_EMP"}));
            insert.setArray(8, connection.createArrayOf("varchar", new String[] {"A"}));
            insert.setArray(9, connection.createArrayOf("varchar", new String[] {source}));
            insert.setArray(10, connection.createArrayOf("varchar", new String[] {note}));
            return insert;
        });
    }
}
