package eu.aireadiness.portal.audit;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit log kept in the database (Flyway V12, table audit_event), so every instance of the portal shares it. */
@Repository
public class JdbcAuditTrail implements AuditTrail {

    // The columns' widths: a longer text (a hostile file name, say) is cut rather than refused, so that the attempt
    // is still recorded.
    private static final int WHO = 100;
    private static final int ADDRESS = 64;
    private static final int ACTION = 40;
    private static final int TARGET = 1000;
    private static final int OUTCOME = 200;

    private final JdbcTemplate jdbc;

    public JdbcAuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.update("INSERT INTO audit_event (happened_at, actor, address, action, target, outcome)"
                + " VALUES (?, ?, ?, ?, ?, ?)", Timestamp.from(entry.at()), cut(entry.who(), WHO),
                cut(entry.address(), ADDRESS), cut(entry.action(), ACTION), cut(entry.target(), TARGET),
                cut(entry.outcome(), OUTCOME));
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return jdbc.query("SELECT happened_at, actor, address, action, target, outcome FROM audit_event"
                + " ORDER BY happened_at DESC, id DESC FETCH FIRST ? ROWS ONLY",
                (rs, row) -> new AuditEntry(rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"),
                        rs.getString("address"), rs.getString("action"), rs.getString("target"),
                        rs.getString("outcome")), limit);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }
}
