package eu.aireadiness.intake;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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

    /**
     * The file of this content already received in this country's folder (a file dropped twice), if any; a file
     * skipped earlier was not received.
     */
    public Optional<StoredSubmission> received(String country, String sha256) {
        return jdbc.query("SELECT file_name, received_at, sha256, edition, status, version FROM submission"
                        + " WHERE country = ? AND sha256 = ? AND status <> 'SKIPPED'",
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
     * Begins storing a file, in the caller's transaction: its row first, marked rejected until {@link
     * NewSubmission#finish finished}. A copy of this content skipped earlier (it changed or vanished while read)
     * is replaced: this is its retry.
     *
     * @param archivedCopy where the file's copy lies; empty for a file refused before a byte of it was copied
     */
    public NewSubmission receive(SubmissionFile file, Optional<Path> archivedCopy) {
        forgetSkipped(file);
        long id = insertSubmission.executeAndReturnKey(submissionRow(file, "REJECTED", null,
                archivedCopy.map(Path::toString).orElse(null))).longValue();
        return new NewSubmission(id, file);
    }

    /**
     * Records a file that was not taken in this time and is tried again at the next run (it changed or vanished
     * while read, or could not be read): status SKIPPED, no values and no archived copy. It is not a file "received
     * before": the same content dropped again is read.
     */
    public void skipped(SubmissionFile file, String reason) {
        forgetSkipped(file);
        insertSubmission.execute(submissionRow(file, "SKIPPED", truncate(reason, 4000), null));
    }

    private void forgetSkipped(SubmissionFile file) {
        jdbc.update("DELETE FROM submission WHERE country = ? AND sha256 = ? AND status = 'SKIPPED'",
                file.folderCountry(), file.sha256());
    }

    private static Map<String, Object> submissionRow(SubmissionFile file, String status, String reason,
                                                     String archivePath) {
        var row = new HashMap<String, Object>();
        row.put("country", file.folderCountry());
        row.put("edition", 0);
        row.put("file_name", file.fileName());
        row.put("file_path", file.path().toString());
        row.put("sha256", file.sha256());
        row.put("size_bytes", file.sizeBytes());
        row.put("received_at", Timestamp.from(file.lastModified()));
        row.put("status", status);
        row.put("version", null);
        row.put("row_count", 0);
        row.put("error_count", 0);
        row.put("warning_count", 0);
        row.put("rejection_reason", reason);
        row.put("archive_path", archivePath);
        return row;
    }

    /**
     * A file being stored while it is read: its valid values are {@linkplain #add added} as they come and sent to
     * the database in blocks ({@link ValueBlock}) on the store's own thread ({@link BlockInserts}), so that no more
     * than a few blocks of them are ever held; {@linkplain #finish finishing} stores the outcome and the problems
     * found. Closed without finishing (the file's reading or check failed), it stops sending, and the caller's
     * transaction fails.
     */
    public final class NewSubmission implements AutoCloseable {

        private final long id;
        private final SubmissionFile file;
        private final List<Observation> block = new ArrayList<>(ValueBlock.SIZE);
        private final BlockInserts inserts;
        private boolean finished;

        private NewSubmission(long id, SubmissionFile file) {
            this.id = id;
            this.file = file;
            this.inserts = new BlockInserts(jdbc, id);
        }

        /** A valid value of the file; the check may still reject the file, and then its values are deleted. */
        public void add(Observation observation) {
            block.add(observation);
            if (block.size() == ValueBlock.SIZE) {
                inserts.send(block);
                block.clear();
            }
        }

        /**
         * The file is rejected: the values added so far are worth nothing, and those still waiting are dropped. No
         * more values are added after this.
         */
        public void discard() {
            block.clear();
            inserts.abandon();
        }

        /**
         * Stores the outcome of the file: accepted, it becomes the next version of its country and edition; rejected,
         * its values are deleted again, so it keeps its problems and none of its values. Nothing stored for other
         * files is touched.
         */
        public Stored finish(ValidationReport report) {
            if (!block.isEmpty()) {
                inserts.send(block);
                block.clear();
            }
            finished = true;
            inserts.close();
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

        @Override
        public void close() {
            if (!finished) {
                inserts.abandon();
            }
        }
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
