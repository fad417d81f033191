package eu.aireadiness.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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
    private static final int FETCH_ROWS = 500;
    private static final String SELECT = "SELECT happened_at, actor, address, action, target, outcome"
            + " FROM audit_event";

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
    public List<AuditEntry> latest(int limit, String whoContains, String action) {
        // The filters run in the database, over the whole log, not over a window of its latest entries.
        return jdbc.query(SELECT + " WHERE LOWER(actor) LIKE ? ESCAPE '\\' AND (? = '' OR action = ?)"
                + " ORDER BY happened_at DESC, id DESC FETCH FIRST ? ROWS ONLY", JdbcAuditTrail::entry,
                "%" + likeLiteral(whoContains.toLowerCase(Locale.ROOT)) + "%", action, action, limit);
    }

    /**
     * Read in pieces of {@value #FETCH_ROWS} rows: PostgreSQL's driver does so only inside a transaction and with a
     * fetch size, otherwise it reads the whole result before the first row is handed over.
     */
    @Override
    @Transactional(readOnly = true)
    public void eachNewestFirst(Consumer<AuditEntry> each) {
        JdbcTemplate inPieces = new JdbcTemplate(jdbc.getDataSource());
        inPieces.setFetchSize(FETCH_ROWS);
        inPieces.query(SELECT + " ORDER BY happened_at DESC, id DESC", (ResultSet rs) -> each.accept(entry(rs, 0)));
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"),
                rs.getString("address"), rs.getString("action"), rs.getString("target"), rs.getString("outcome"));
    }

    /** The text as a literal inside a LIKE pattern: its own % and _ match themselves. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }
}
