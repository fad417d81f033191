package eu.aireadiness.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import eu.aireadiness.submission.ObsStatus;
import eu.aireadiness.validation.PreviousValues;

/** Assembles an edition's data set from the stored submissions. */
@Repository
public class EditionDataRepository {

    private final JdbcTemplate jdbc;

    public EditionDataRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public EditionDataSet load(int edition) {
        Map<Long, CountrySubmission> byId = new HashMap<>();
        Map<Long, Map<String, SubmittedValue>> values = new HashMap<>();
        jdbc.query("SELECT s.id, s.country, s.file_name, s.sha256, s.version FROM submission s"
                        + " WHERE s.edition = ? AND s.status = 'ACCEPTED' AND s.version = (SELECT MAX(v.version)"
                        + " FROM submission v WHERE v.country = s.country AND v.edition = s.edition"
                        + " AND v.status = 'ACCEPTED')",
                rs -> {
                    long id = rs.getLong("id");
                    values.put(id, new HashMap<>());
                    byId.put(id, new CountrySubmission(rs.getString("country"), id, rs.getString("file_name"),
                            rs.getString("sha256"), rs.getInt("version"), Map.of()));
                }, edition);
        jdbc.query("SELECT v.submission_id, v.indicator, v.obs_value, v.obs_status, v.source, v.source_row"
                        + " FROM submitted_value v JOIN submission s ON s.id = v.submission_id"
                        + " WHERE s.edition = ? AND s.status = 'ACCEPTED'",
                rs -> {
                    Map<String, SubmittedValue> of = values.get(rs.getLong("submission_id"));
                    if (of != null) {
                        double reported = rs.getDouble("obs_value");
                        double value = rs.wasNull() ? Double.NaN : reported;
                        of.put(rs.getString("indicator"), new SubmittedValue(value,
                                ObsStatus.valueOf(rs.getString("obs_status")), rs.getString("source"),
                                rs.getLong("source_row")));
                    }
                }, edition);
        Map<String, CountrySubmission> accepted = new HashMap<>();
        byId.forEach((id, s) -> accepted.put(s.country(), new CountrySubmission(s.country(), id, s.fileName(),
                s.sha256(), s.version(), values.get(id))));
        return new EditionDataSet(edition, accepted, latestRejections(edition, accepted));
    }

    /**
     * The accepted values of earlier editions, for the intake's check of large changes: a country's values of an
     * edition (its latest accepted version) loaded when first asked for, and kept for one file only, as a file of the
     * same run may just have become the previous edition's accepted version. Only that country's values are loaded,
     * so that each file costs one small query, however many countries the edition holds.
     */
    public PreviousValues previousValues() {
        Map<String, Map<String, Double>> loaded = new HashMap<>();
        return (country, edition, indicator) -> {
            Double value = loaded.computeIfAbsent(country + '|' + edition, key -> acceptedValues(country, edition))
                    .get(indicator);
            return value == null || Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
        };
    }

    /** The values of the country's latest accepted version for the edition, NaN where it marked a value missing. */
    private Map<String, Double> acceptedValues(String country, int edition) {
        Map<String, Double> values = new HashMap<>();
        jdbc.query("SELECT v.indicator, v.obs_value FROM submitted_value v JOIN submission s ON s.id = v.submission_id"
                        + " WHERE s.country = ? AND s.edition = ? AND s.status = 'ACCEPTED' AND s.version = (SELECT"
                        + " MAX(m.version) FROM submission m WHERE m.country = s.country AND m.edition = s.edition"
                        + " AND m.status = 'ACCEPTED')",
                rs -> {
                    double reported = rs.getDouble("obs_value");
                    double value = rs.wasNull() ? Double.NaN : reported;
                    values.put(rs.getString("indicator"), value);
                }, country, edition);
        return values;
    }

    /** The editions for which this database holds at least one accepted file. */
    public Set<Integer> editionsWithData() {
        return Set.copyOf(jdbc.queryForList("SELECT DISTINCT edition FROM submission WHERE status = 'ACCEPTED'",
                Integer.class));
    }

    private Map<String, Rejection> latestRejections(int edition, Map<String, CountrySubmission> accepted) {
        Map<String, Long> latest = new HashMap<>();
        Map<String, Rejection> rejected = new HashMap<>();
        jdbc.query("SELECT id, country, file_name, rejection_reason FROM submission"
                        + " WHERE edition = ? AND status = 'REJECTED' ORDER BY received_at, id",
                rs -> {
                    String country = rs.getString("country");
                    if (!accepted.containsKey(country)) {
                        latest.put(country, rs.getLong("id"));
                        rejected.put(country, new Rejection(country, rs.getString("file_name"),
                                rs.getString("rejection_reason"), Set.of()));
                    }
                }, edition);
        Map<Long, Set<String>> rules = new HashMap<>();
        jdbc.query("SELECT DISTINCT p.submission_id, p.rule FROM validation_problem p JOIN submission s"
                        + " ON s.id = p.submission_id WHERE s.edition = ? AND s.status = 'REJECTED'"
                        + " AND p.severity = 'ERROR'",
                rs -> {
                    rules.computeIfAbsent(rs.getLong("submission_id"), id -> new HashSet<>()).add(rs.getString("rule"));
                }, edition);
        latest.forEach((country, id) -> {
            Rejection r = rejected.get(country);
            rejected.put(country, new Rejection(country, r.fileName(), r.reason(), rules.getOrDefault(id, Set.of())));
        });
        return rejected;
    }
}
