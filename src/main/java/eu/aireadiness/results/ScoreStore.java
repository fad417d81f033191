package eu.aireadiness.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import eu.aireadiness.results.ScoreRow.Basis;

/** Stores an edition's results; storing again replaces them, so a rerun never duplicates a result. */
@Repository
public class ScoreStore {

    private final JdbcTemplate jdbc;

    public ScoreStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces every result of the edition; call inside a transaction so that readers see old or new, never a mix. */
    public void replace(int edition, EditionResults results) {
        jdbc.update("DELETE FROM score WHERE edition = ?", edition);
        jdbc.update("DELETE FROM rank_interval WHERE edition = ?", edition);
        jdbc.batchUpdate("INSERT INTO score (edition, basis, country, code, level_no, submitted, published_value,"
                + " treated_value, score, score_rank, origin, data_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                results.scores(), 1000,
                (ps, r) -> {
                    ps.setInt(1, r.edition());
                    ps.setString(2, r.basis().name());
                    ps.setString(3, r.country());
                    ps.setString(4, r.code());
                    ps.setInt(5, r.level());
                    setNumber(ps, 6, r.submitted());
                    setNumber(ps, 7, r.value());
                    setNumber(ps, 8, r.treated());
                    setNumber(ps, 9, r.score());
                    if (r.rank() > 0) {
                        ps.setInt(10, r.rank());
                    } else {
                        ps.setNull(10, Types.INTEGER);
                    }
                    ps.setString(11, r.origin() == null ? null : r.origin().name());
                    if (r.dataYear() > 0) {
                        ps.setInt(12, r.dataYear());
                    } else {
                        ps.setNull(12, Types.INTEGER);
                    }
                });
        jdbc.batchUpdate("INSERT INTO rank_interval (edition, country, code, nominal_rank, median_rank, low_rank,"
                + " high_rank, replications) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", results.rankIntervals(), 1000,
                (ps, r) -> {
                    ps.setInt(1, r.edition());
                    ps.setString(2, r.country());
                    ps.setString(3, r.code());
                    ps.setInt(4, r.nominalRank());
                    ps.setDouble(5, r.medianRank());
                    ps.setDouble(6, r.lowRank());
                    ps.setDouble(7, r.highRank());
                    ps.setInt(8, r.replications());
                });
    }

    public List<RankIntervalRow> loadRankIntervals(int edition) {
        return jdbc.query("SELECT * FROM rank_interval WHERE edition = ? ORDER BY country, code",
                (rs, n) -> new RankIntervalRow(rs.getInt("edition"), rs.getString("country"), rs.getString("code"),
                        rs.getInt("nominal_rank"), rs.getDouble("median_rank"), rs.getDouble("low_rank"),
                        rs.getDouble("high_rank"), rs.getInt("replications")), edition);
    }

    /**
     * The index and pillar scores that editions before {@code before} stored as their own (basis CURRENT): what
     * each of them published, with its own method. Missing scores are left out.
     */
    public List<EarlierScore> loadEarlierAggregates(int before) {
        return jdbc.query("SELECT edition, country, code, score FROM score WHERE edition < ? AND basis = ?"
                        + " AND level_no >= 2 AND score IS NOT NULL ORDER BY edition, country, code",
                (rs, n) -> new EarlierScore(rs.getInt("edition"), rs.getString("country"), rs.getString("code"),
                        rs.getDouble("score")), before, Basis.CURRENT.name());
    }

    public List<ScoreRow> load(int edition) {
        return jdbc.query("SELECT * FROM score WHERE edition = ? ORDER BY basis, country, level_no DESC, code",
                ScoreStore::row, edition);
    }

    private static void setNumber(java.sql.PreparedStatement ps, int index, double x) throws SQLException {
        if (Double.isNaN(x)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, x);
        }
    }

    private static ScoreRow row(ResultSet rs, int n) throws SQLException {
        String origin = rs.getString("origin");
        return new ScoreRow(rs.getInt("edition"), Basis.valueOf(rs.getString("basis")), rs.getString("country"),
                rs.getString("code"), rs.getInt("level_no"), number(rs, "submitted"), number(rs, "published_value"),
                number(rs, "treated_value"), number(rs, "score"), rs.getInt("score_rank"), origin == null ? null : ValueOrigin.valueOf(origin),
                rs.getInt("data_year"));
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        double x = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : x;
    }
}
