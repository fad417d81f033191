package eu.aireadiness.intake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

import eu.aireadiness.validation.ValidationProblem;
import eu.aireadiness.validation.ValidationReport;

/**
 * Keeps every submitted file with its provenance, its values when accepted and every problem found. Accepted files
 * of a country and edition are numbered as versions 1, 2, ...; the highest is the one used.
 */
@Repository
public class SubmissionStore {

    /**
     * What was stored about a file received earlier, for telling an officer who drops it again.
     *
     * @param version the version it became, empty when it was rejected
     */
    public record StoredSubmission(String fileName, Instant receivedAt, String sha256, int edition, boolean accepted,
                                   OptionalInt version) {
    }

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insertSubmission;

    public SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.insertSubmission = new SimpleJdbcInsert(jdbc).withTableName("submission")
                .usingGeneratedKeyColumns("id")
                .usingColumns("country", "edition", "file_name", "file_path", "sha256", "size_bytes", "received_at",
                        "status", "version", "row_count", "error_count", "warning_count", "rejection_reason",
                        "archive_path");
    }

    /** The file of this content already received in this country's folder (a file dropped twice), if any. */
    public Optional<StoredSubmission> received(String country, String sha256) {
        return jdbc.query("SELECT file_name, received_at, sha256, edition, status, version FROM submission"
                        + " WHERE country = ? AND sha256 = ?",
                (rs, n) -> new StoredSubmission(rs.getString("file_name"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("sha256"),
                        rs.getInt("edition"), "ACCEPTED".equals(rs.getString("status")),
                        rs.getObject("version") == null ? OptionalInt.empty() : OptionalInt.of(rs.getInt("version"))),
                country, sha256).stream().findFirst();
    }

    /** What storing a file gave: its report, and the version it became (empty when it was rejected). */
    public record Stored(ValidationReport report, OptionalInt version) {
    }

    /**
     * Stores a file while it is checked, in the caller's transaction, with where its archived copy lies: first the
     * file's row, then its values in batches as {@code check} hands them on, so that no more than a batch of them is
     * ever held; at the end the outcome, and the problems found. A rejected file's values are deleted again, so it
     * keeps its problems and none of its values; nothing stored for other files is touched.
     *
     * @param check checks the file, handing each valid value to the consumer it is given
     */
    public Stored store(SubmissionFile file, Path archivedCopy, Function<Consumer<Observation>, ValidationReport> check) {
        var row = new java.util.HashMap<String, Object>();
        row.put("country", file.folderCountry());
        row.put("edition", 0);
        row.put("file_name", file.fileName());
        row.put("file_path", file.path().toString());
        row.put("sha256", file.sha256());
        row.put("size_bytes", file.sizeBytes());
        row.put("received_at", Timestamp.from(file.lastModified()));
        row.put("status", "REJECTED");
        row.put("version", null);
        row.put("row_count", 0);
        row.put("error_count", 0);
        row.put("warning_count", 0);
        row.put("rejection_reason", null);
        row.put("archive_path", archivedCopy.toString());
        long id = insertSubmission.executeAndReturnKey(row).longValue();
        ValidationReport report = jdbc.execute((ConnectionCallback<ValidationReport>) connection -> {
            try (ValueBatch values = new ValueBatch(connection, id)) {
                ValidationReport checked = check.apply(values::add);
                values.flush();
                return checked;
            }
        });
        if (!report.accepted()) {
            jdbc.update("DELETE FROM submitted_value WHERE submission_id = ?", id);
        }
        Integer version = report.accepted() ? nextVersion(file.folderCountry(), report.edition()) : null;
        jdbc.update("UPDATE submission SET edition = ?, status = ?, version = ?, row_count = ?, error_count = ?,"
                        + " warning_count = ?, rejection_reason = ? WHERE id = ?", report.edition(),
                report.accepted() ? "ACCEPTED" : "REJECTED", version, report.values(), report.errorCount(),
                report.warningCount(), report.accepted() ? null : truncate(report.rejectionSummary(), 4000), id);
        insertProblems(id, report.problems());
        return new Stored(report, version == null ? OptionalInt.empty() : OptionalInt.of(version));
    }

    private int nextVersion(String country, int edition) {
        Integer max = jdbc.queryForObject(
                "SELECT MAX(version) FROM submission WHERE country = ? AND edition = ? AND status = 'ACCEPTED'",
                Integer.class, country, edition);
        return max == null ? 1 : max + 1;
    }

    private void insertProblems(long submissionId, List<ValidationProblem> problems) {
        int[] seq = {0};
        jdbc.batchUpdate("INSERT INTO validation_problem (submission_id, seq, severity, source_row, column_name,"
                        + " found_value, rule, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", problems, 500,
                (ps, p) -> {
                    ps.setLong(1, submissionId);
                    ps.setInt(2, ++seq[0]);
                    ps.setString(3, p.severity().name());
                    ps.setLong(4, p.row());
                    ps.setString(5, truncate(p.column(), 255));
                    ps.setString(6, truncate(p.value(), 1000));
                    ps.setString(7, truncate(p.rule(), 64));
                    ps.setString(8, truncate(p.message(), 4000));
                });
    }

    /**
     * Values on their way into the database: a batch of rows is sent as one multi-row INSERT, which the database
     * parses once and executes once, instead of one statement per row.
     */
    private final class ValueBatch implements AutoCloseable {

        private static final int ROWS = 100;
        private static final int COLUMNS = 8;

        private final PreparedStatement insert;
        private final long submissionId;
        private final List<Observation> pending = new ArrayList<>(ROWS);

        ValueBatch(Connection connection, long submissionId) throws SQLException {
            this.insert = connection.prepareStatement(insertStatement(ROWS));
            this.submissionId = submissionId;
        }

        void add(Observation observation) {
            pending.add(observation);
            if (pending.size() == ROWS) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            String sql = insertStatement(pending.size());
            try {
                if (pending.size() == ROWS) {
                    bind(insert).executeUpdate();
                } else {
                    try (PreparedStatement last = insert.getConnection().prepareStatement(sql)) {
                        bind(last).executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw Objects.requireNonNull(jdbc.getExceptionTranslator().translate("storing values", sql, e));
            }
            pending.clear();
        }

        private PreparedStatement bind(PreparedStatement statement) throws SQLException {
            int p = 0;
            for (Observation o : pending) {
                statement.setLong(++p, submissionId);
                statement.setString(++p, o.indicator());
                if (o.value().isPresent()) {
                    statement.setDouble(++p, o.value().getAsDouble());
                } else {
                    statement.setNull(++p, Types.DOUBLE);
                }
                statement.setString(++p, o.unit());
                statement.setString(++p, o.status().name());
                statement.setString(++p, truncate(o.source(), 1000));
                statement.setString(++p, truncate(o.note(), 4000));
                statement.setLong(++p, o.row());
            }
            return statement;
        }

        private static String insertStatement(int rows) {
            String row = "(" + String.join(", ", Collections.nCopies(COLUMNS, "?")) + ")";
            return "INSERT INTO submitted_value (submission_id, indicator, obs_value, unit_measure, obs_status,"
                    + " source, note, source_row) VALUES " + String.join(", ", Collections.nCopies(rows, row));
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
