package eu.aireadiness.portal.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The files a country sent, newest first, from the intake's submission table, with the account that uploaded each
 * through the portal (table portal_upload; a file dropped into the folder by other means has none).
 */
@Repository
class FileHistory {

    /**
     * One received file.
     *
     * @param receivedAt the upload's time for a file sent through the portal, else the file's time of change
     * @param uploadedBy the account that uploaded it, or null for a file dropped by other means
     */
    record Entry(int edition, String fileName, Integer version, String sha256, Instant receivedAt, String uploadedBy,
                 String status, int errors, int warnings) {
        public String received() {
            return UtcTime.text(receivedAt);
        }
    }

    /** A file uploaded through the portal that the submission table does not hold (yet). */
    record Upload(String storedName, String originalName, String uploadedBy, Instant uploadedAt) {
        public String uploaded() {
            return UtcTime.text(uploadedAt);
        }
    }

    private final JdbcTemplate jdbc;

    FileHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> of(String country) {
        return jdbc.query("SELECT s.edition, s.file_name, s.version, s.sha256, s.received_at, s.status,"
                + " s.error_count, s.warning_count, u.uploaded_by, u.uploaded_at"
                + " FROM submission s LEFT JOIN portal_upload u ON u.country = s.country AND u.sha256 = s.sha256"
                + " AND u.stored_name = s.file_name WHERE s.country = ? ORDER BY s.received_at DESC, s.id DESC",
                (rs, n) -> {
                    OffsetDateTime uploaded = rs.getObject("uploaded_at", OffsetDateTime.class);
                    Instant received = uploaded != null ? uploaded.toInstant()
                            : rs.getObject("received_at", OffsetDateTime.class).toInstant();
                    return new Entry(rs.getInt("edition"), rs.getString("file_name"),
                            (Integer) rs.getObject("version"), rs.getString("sha256"), received,
                            rs.getString("uploaded_by"), rs.getString("status"), rs.getInt("error_count"),
                            rs.getInt("warning_count"));
                }, country);
    }

    /**
     * The country's uploads that no submission row stands for: still waiting for the intake, or answered without
     * being stored (a file identical to one received before). Newest first, the latest 20.
     */
    List<Upload> notTakenIn(String country) {
        return jdbc.query("SELECT u.stored_name, u.original_name, u.uploaded_by, u.uploaded_at FROM portal_upload u"
                + " WHERE u.country = ? AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.country = u.country"
                + " AND s.file_name = u.stored_name AND s.sha256 = u.sha256)"
                + " ORDER BY u.uploaded_at DESC, u.id DESC FETCH FIRST 20 ROWS ONLY",
                (rs, n) -> new Upload(rs.getString("stored_name"), rs.getString("original_name"),
                        rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()),
                country);
    }
}
