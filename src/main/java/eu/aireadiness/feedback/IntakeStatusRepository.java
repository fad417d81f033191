package eu.aireadiness.feedback;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import eu.aireadiness.framework.Country;

/** Reads the per-country status of an edition's intake from the stored submissions. */
@Repository
public class IntakeStatusRepository {

    private final JdbcTemplate jdbc;

    public IntakeStatusRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per participating country, in the order of countries.csv, those without a file included. */
    public List<CountryIntakeStatus> load(int edition, List<Country> countries) {
        Map<String, CountryIntakeStatus.LastFile> last = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        // Ordered by arrival, so the last row seen per country is the file received last.
        jdbc.query("SELECT country, file_name, received_at, status, version, row_count, warning_count, error_count"
                + " FROM submission WHERE edition = ? ORDER BY received_at, id", rs -> {
                    String country = rs.getString("country");
                    boolean accepted = "ACCEPTED".equals(rs.getString("status"));
                    last.put(country, new CountryIntakeStatus.LastFile(rs.getString("file_name"),
                            rs.getObject("received_at", OffsetDateTime.class).toInstant(), accepted,
                            rs.getInt("row_count"), rs.getInt("warning_count"), rs.getInt("error_count")));
                    if (accepted) {
                        used.merge(country, rs.getInt("version"), Math::max);
                    }
                }, edition);
        return countries.stream().map(c -> new CountryIntakeStatus(c.code(), c.englishName(),
                Optional.ofNullable(last.get(c.code())),
                used.containsKey(c.code()) ? OptionalInt.of(used.get(c.code())) : OptionalInt.empty())).toList();
    }
}
