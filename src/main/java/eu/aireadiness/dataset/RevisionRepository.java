package eu.aireadiness.dataset;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Records which accepted files revise a published edition, and gives a publication the revisions it lists. */
@Repository
public class RevisionRepository {

    private final JdbcTemplate jdbc;

    public RevisionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the accepted file of this content in this country's folder as a revision of {@code edition}.
     *
     * @param listedIn the edition whose publication lists it, 0 when no later edition was open
     */
    public void record(String country, String sha256, int edition, int listedIn) {
        jdbc.update("INSERT INTO edition_revision (submission_id, edition, listed_in)"
                        + " SELECT id, ?, ? FROM submission WHERE country = ? AND sha256 = ? AND status = 'ACCEPTED'",
                edition, listedIn == 0 ? null : listedIn, country, sha256);
    }

    /**
     * The revisions the publication of {@code edition} lists: those recorded for it, and those of earlier editions
     * accepted when no later edition was open; by edition, country and version.
     */
    public List<Revision> listedIn(int edition) {
        List<Revision> revisions = new ArrayList<>();
        for (Listed listed : jdbc.query("SELECT s.id, s.country, s.edition, s.version, s.received_at"
                        + " FROM edition_revision r JOIN submission s ON s.id = r.submission_id"
                        + " WHERE r.listed_in = ? OR (r.listed_in IS NULL AND r.edition < ?)"
                        + " ORDER BY s.edition, s.country, s.version",
                (rs, n) -> new Listed(rs.getLong("id"), rs.getString("country"), rs.getInt("edition"),
                        rs.getInt("version"), rs.getObject("received_at", OffsetDateTime.class).toInstant()),
                edition, edition)) {
            Map<String, Value> now = values(listed.id());
            Map<String, Value> before = previousVersion(listed).map(this::values).orElse(Map.of());
            List<Revision.Change> changes = new ArrayList<>();
            now.forEach((code, value) -> {
                OptionalDouble old = before.containsKey(code) ? before.get(code).number() : OptionalDouble.empty();
                if (!old.equals(value.number())) {
                    changes.add(new Revision.Change(code, old, value.number()));
                }
            });
            before.keySet().stream().filter(code -> !now.containsKey(code)).forEach(code -> changes.add(
                    new Revision.Change(code, before.get(code).number(), OptionalDouble.empty())));
            LinkedHashSet<String> notes = new LinkedHashSet<>();
            now.values().stream().map(Value::note).filter(note -> !note.isBlank()).forEach(notes::add);
            revisions.add(new Revision(listed.country(), listed.edition(), listed.version(), listed.receivedAt(),
                    changes, List.copyOf(notes)));
        }
        return revisions;
    }

    private record Listed(long id, String country, int edition, int version, Instant receivedAt) {
    }

    private record Value(OptionalDouble number, String note) {
    }

    private Optional<Long> previousVersion(Listed listed) {
        return jdbc.query("SELECT id FROM submission WHERE country = ? AND edition = ? AND status = 'ACCEPTED'"
                        + " AND version < ? ORDER BY version DESC", (rs, n) -> rs.getLong("id"),
                listed.country(), listed.edition(), listed.version()).stream().findFirst();
    }

    /** A submission's values by indicator, in the order of the file's rows. */
    private Map<String, Value> values(long submissionId) {
        Map<String, Value> values = new LinkedHashMap<>();
        jdbc.query("SELECT indicator, obs_value, note FROM submitted_value WHERE submission_id = ? ORDER BY source_row",
                rs -> {
                    double number = rs.getDouble("obs_value");
                    values.put(rs.getString("indicator"), new Value(rs.wasNull() ? OptionalDouble.empty()
                            : OptionalDouble.of(number), rs.getString("note")));
                }, submissionId);
        return values;
    }
}
