package eu.aireadiness.portal.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Why each country's last file of an edition was not used, in the words the officer's feedback gives: the reason
 * a file was refused or skipped, else its first error. The admin's status page shows it beside the status.
 */
@Repository
class CountryReasons {

    /** The last file a country sent for the edition, with why it was not used (empty for an accepted file). */
    record LastFile(String fileName, String reason) {
    }

    private final JdbcTemplate jdbc;

    CountryReasons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, LastFile> of(int edition) {
        Map<String, LastFile> last = new HashMap<>();
        // Ordered by arrival, so that the last row of a country is its last file, as IntakeStatusRepository reads it.
        jdbc.query("SELECT s.country, s.file_name, s.status, s.rejection_reason, (SELECT p.message FROM"
                + " validation_problem p WHERE p.submission_id = s.id AND p.severity = 'ERROR' ORDER BY p.seq"
                + " FETCH FIRST 1 ROWS ONLY) AS first_error FROM submission s WHERE s.edition = ?"
                + " ORDER BY s.received_at, s.id", rs -> {
                    String reason = "ACCEPTED".equals(rs.getString("status")) ? ""
                            : rs.getString("rejection_reason") != null ? rs.getString("rejection_reason")
                            : rs.getString("first_error") != null ? rs.getString("first_error") : "";
                    last.put(rs.getString("country"), new LastFile(rs.getString("file_name"), reason));
                }, edition);
        return last;
    }
}
