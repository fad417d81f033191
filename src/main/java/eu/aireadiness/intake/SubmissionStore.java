package eu.aireadiness.intake;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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

    /**
     * Stores a validated file with where its archived copy lies; returns the version number given to it, empty
     * when it was rejected.
     */
    public OptionalInt store(SubmissionFile file, ValidationReport report, Path archivedCopy) {
        Integer version = report.accepted() ? nextVersion(file.folderCountry(), report.edition()) : null;
        var row = new java.util.HashMap<String, Object>();
        row.put("country", file.folderCountry());
        row.put("edition", report.edition());
        row.put("file_name", file.fileName());
        row.put("file_path", file.path().toString());
        row.put("sha256", file.sha256());
        row.put("size_bytes", file.sizeBytes());
        row.put("received_at", Timestamp.from(file.lastModified()));
        row.put("status", report.accepted() ? "ACCEPTED" : "REJECTED");
        row.put("version", version);
        row.put("row_count", report.observations().size());
        row.put("error_count", report.errorCount());
        row.put("warning_count", report.warningCount());
        row.put("rejection_reason", report.accepted() ? null : truncate(report.rejectionSummary(), 4000));
        row.put("archive_path", archivedCopy.toString());
        long id = insertSubmission.executeAndReturnKey(row).longValue();
        if (report.accepted()) {
            insertValues(id, report.observations());
        }
        insertProblems(id, report.problems());
        return version == null ? OptionalInt.empty() : OptionalInt.of(version);
    }

    private int nextVersion(String country, int edition) {
        Integer max = jdbc.queryForObject(
                "SELECT MAX(version) FROM submission WHERE country = ? AND edition = ? AND status = 'ACCEPTED'",
                Integer.class, country, edition);
        return max == null ? 1 : max + 1;
    }

    private void insertValues(long submissionId, List<Observation> observations) {
        jdbc.batchUpdate("INSERT INTO submitted_value (submission_id, indicator, obs_value, unit_measure, obs_status,"
                        + " source, note, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", observations, 500,
                (ps, o) -> {
                    ps.setLong(1, submissionId);
                    ps.setString(2, o.indicator());
                    if (o.value().isPresent()) {
                        ps.setDouble(3, o.value().getAsDouble());
                    } else {
                        ps.setNull(3, java.sql.Types.DOUBLE);
                    }
                    ps.setString(4, o.unit());
                    ps.setString(5, o.status().name());
                    ps.setString(6, truncate(o.source(), 1000));
                    ps.setString(7, truncate(o.note(), 4000));
                    ps.setLong(8, o.row());
                });
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

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
