package eu.aireadiness.intake;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.ValidationReport;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.SubmissionFile;

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
     * file's row, then its values in blocks as {@code check} hands them on ({@link ValueWriter}), so that no more
     * than a few blocks of them are ever held; at the end the outcome, and the problems found. A rejected file's
     * values are deleted again, so it keeps its problems and none of its values; nothing stored for other files is
     * touched.
     *
     * @param check checks the file, handing each valid value to the consumer it is given
     */
    public Stored store(SubmissionFile file, Path archivedCopy,
                        Function<Consumer<Observation>, ValidationReport> check) {
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
        ValidationReport report = jdbc.execute((ConnectionCallback<ValidationReport>) connection ->
                ValueWriter.store(connection, id, check));
        if (!report.accepted()) {
            jdbc.update("DELETE FROM submitted_value_block WHERE submission_id = ?", id);
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

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
