package eu.aireadiness.results;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import eu.aireadiness.methodology.coherence.AggregateCoherence;
import eu.aireadiness.methodology.coherence.CoherenceFlag;
import eu.aireadiness.methodology.coherence.CoherenceReport;
import eu.aireadiness.methodology.coherence.CorrelationRow;

/**
 * Stores an edition's {@link PublicationFacts} next to its scores; storing again replaces them. Numbers go in and come
 * out as the same doubles (NaN as NULL), so that a publication laid out from the store is the one laid out from the
 * computation.
 */
@Repository
public class PublicationFactsStore {

    private static final List<String> TABLES = List.of("publication_previous_indicator", "publication_submission",
            "publication_value_source", "publication_correlation", "publication_aggregate_coherence",
            "publication_coherence_flag", "publication_edition");

    private final JdbcTemplate jdbc;

    public PublicationFactsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the edition's facts; call in the transaction that replaces its scores. */
    public void replace(int edition, PublicationFacts facts) {
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table + " WHERE edition = ?", edition));
        CoherenceReport coherence = facts.coherence();
        jdbc.update("INSERT INTO publication_edition (edition, previous_reported, coherence_index, weak_threshold)"
                + " VALUES (?, ?, ?, ?)", edition, facts.previousIndicators().isPresent(), coherence.indexCode(),
                coherence.weakThreshold());
        jdbc.batchUpdate("INSERT INTO publication_previous_indicator (edition, code) VALUES (?, ?)",
                List.copyOf(new TreeSet<>(facts.previousIndicators().orElse(Set.of()))), 1000, (ps, code) -> {
                    ps.setInt(1, edition);
                    ps.setString(2, code);
                });
        jdbc.batchUpdate("INSERT INTO publication_submission (edition, country, state, file_name, submission_version,"
                + " reason) VALUES (?, ?, ?, ?, ?, ?)", facts.submissions(), 1000, (ps, s) -> {
                    ps.setInt(1, edition);
                    ps.setString(2, s.country());
                    ps.setString(3, s.state().name());
                    ps.setString(4, s.fileName().orElse(null));
                    ps.setInt(5, s.version());
                    ps.setString(6, s.reason().map(Enum::name).orElse(null));
                });
        jdbc.batchUpdate("INSERT INTO publication_value_source (edition, country, code, source, file_name,"
                + " submission_version, source_row) VALUES (?, ?, ?, ?, ?, ?, ?)",
                new ArrayList<>(facts.sources().entrySet()), 1000, (ps, e) -> {
                    String[] key = e.getKey().split("\\|", 2);
                    ValueSource s = e.getValue();
                    ps.setInt(1, edition);
                    ps.setString(2, key[0]);
                    ps.setString(3, key[1]);
                    ps.setString(4, s.source());
                    ps.setString(5, s.fileName());
                    ps.setInt(6, s.submissionVersion());
                    ps.setLong(7, s.row());
                });
        List<CorrelationRow> correlations = coherence.correlations();
        jdbc.batchUpdate("INSERT INTO publication_correlation (edition, seq, code, parent, level_no, pearson_parent,"
                + " spearman_parent, n_parent, pearson_index, spearman_index, n_index)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sequenced(correlations), 1000, (ps, s) -> {
                    CorrelationRow r = correlations.get(s);
                    ps.setInt(1, edition);
                    ps.setInt(2, s);
                    ps.setString(3, r.code());
                    ps.setString(4, r.parent());
                    ps.setInt(5, r.level());
                    setNumber(ps, 6, r.pearsonParent());
                    setNumber(ps, 7, r.spearmanParent());
                    ps.setInt(8, r.nParent());
                    setNumber(ps, 9, r.pearsonIndex());
                    setNumber(ps, 10, r.spearmanIndex());
                    ps.setInt(11, r.nIndex());
                });
        List<AggregateCoherence> aggregates = coherence.aggregates();
        jdbc.batchUpdate("INSERT INTO publication_aggregate_coherence (edition, seq, code, level_no, children,"
                + " cronbach_alpha, first_component_share, n_units) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                sequenced(aggregates), 1000, (ps, s) -> {
                    AggregateCoherence a = aggregates.get(s);
                    ps.setInt(1, edition);
                    ps.setInt(2, s);
                    ps.setString(3, a.code());
                    ps.setInt(4, a.level());
                    ps.setString(5, String.join(",", a.children()));
                    setNumber(ps, 6, a.cronbachAlpha());
                    setNumber(ps, 7, a.firstComponentShare());
                    ps.setInt(8, a.n());
                });
        List<CoherenceFlag> flags = coherence.flags();
        jdbc.batchUpdate("INSERT INTO publication_coherence_flag (edition, seq, code, paired_with, parent, kind,"
                + " correlation) VALUES (?, ?, ?, ?, ?, ?, ?)", sequenced(flags), 1000, (ps, s) -> {
                    CoherenceFlag f = flags.get(s);
                    ps.setInt(1, edition);
                    ps.setInt(2, s);
                    ps.setString(3, f.code());
                    ps.setString(4, f.pairedWith());
                    ps.setString(5, f.parent());
                    ps.setString(6, f.kind().name());
                    setNumber(ps, 7, f.value());
                });
    }

    /**
     * The edition's stored facts.
     *
     * @throws IncompleteEdition when the edition was computed before its facts were stored: compute it again
     */
    public PublicationFacts load(int edition) {
        List<Map<String, Object>> head = jdbc.queryForList("SELECT previous_reported, coherence_index, weak_threshold"
                + " FROM publication_edition WHERE edition = ?", edition);
        if (head.isEmpty()) {
            throw new IncompleteEdition("edition " + edition + " has no stored facts for its publication (it was"
                    + " computed by an earlier version of this program); run the compute step again: change a file"
                    + " of the input folder, or run the command with a new database");
        }
        boolean previousReported = (Boolean) head.get(0).get("previous_reported");
        String indexCode = (String) head.get(0).get("coherence_index");
        double weakThreshold = ((Number) head.get(0).get("weak_threshold")).doubleValue();
        Optional<Set<String>> previous = previousReported ? Optional.of(Set.copyOf(jdbc.queryForList(
                "SELECT code FROM publication_previous_indicator WHERE edition = ?", String.class, edition)))
                : Optional.empty();
        List<SubmissionStatus> submissions = jdbc.query("SELECT * FROM publication_submission WHERE edition = ?"
                + " ORDER BY country", (rs, n) -> new SubmissionStatus(rs.getString("country"),
                SubmissionStatus.State.valueOf(rs.getString("state")), Optional.ofNullable(rs.getString("file_name")),
                rs.getInt("submission_version"), Optional.ofNullable(rs.getString("reason")).map(NoCurrentData::valueOf)),
                edition);
        Map<String, ValueSource> sources = new HashMap<>();
        jdbc.query("SELECT * FROM publication_value_source WHERE edition = ?", rs -> {
            sources.put(PublicationFacts.key(rs.getString("country"), rs.getString("code")),
                    new ValueSource(rs.getString("source"), rs.getString("file_name"),
                            rs.getInt("submission_version"), rs.getLong("source_row")));
        }, edition);
        List<CorrelationRow> correlations = jdbc.query("SELECT * FROM publication_correlation WHERE edition = ?"
                + " ORDER BY seq", (rs, n) -> new CorrelationRow(rs.getString("code"), rs.getString("parent"),
                rs.getInt("level_no"), number(rs, "pearson_parent"), number(rs, "spearman_parent"),
                rs.getInt("n_parent"), number(rs, "pearson_index"), number(rs, "spearman_index"),
                rs.getInt("n_index")), edition);
        List<AggregateCoherence> aggregates = jdbc.query("SELECT * FROM publication_aggregate_coherence"
                + " WHERE edition = ? ORDER BY seq", (rs, n) -> new AggregateCoherence(rs.getString("code"),
                rs.getInt("level_no"), Arrays.asList(rs.getString("children").split(",")),
                number(rs, "cronbach_alpha"), number(rs, "first_component_share"), rs.getInt("n_units")), edition);
        List<CoherenceFlag> flags = jdbc.query("SELECT * FROM publication_coherence_flag WHERE edition = ?"
                + " ORDER BY seq", (rs, n) -> new CoherenceFlag(rs.getString("code"), rs.getString("paired_with"),
                rs.getString("parent"), CoherenceFlag.Kind.valueOf(rs.getString("kind")), number(rs, "correlation")),
                edition);
        return new PublicationFacts(submissions, sources, previous,
                new CoherenceReport(indexCode, weakThreshold, correlations, aggregates, flags));
    }

    private static List<Integer> sequenced(List<?> list) {
        List<Integer> seq = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            seq.add(i);
        }
        return seq;
    }

    private static void setNumber(PreparedStatement ps, int index, double x) throws SQLException {
        if (Double.isNaN(x)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, x);
        }
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        double x = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : x;
    }
}
