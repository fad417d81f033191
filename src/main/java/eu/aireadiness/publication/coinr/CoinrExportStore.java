package eu.aireadiness.publication.coinr;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import eu.aireadiness.results.IncompleteEdition;

/** Stores an edition's {@link CoinrExport} next to its scores; storing again replaces it. */
@Repository
public class CoinrExportStore {

    private final JdbcTemplate jdbc;

    public CoinrExportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the edition's export; call in the transaction that replaces its scores. */
    public void replace(CoinrExport export) {
        jdbc.update("DELETE FROM publication_coinr_export WHERE edition = ?", export.edition());
        jdbc.update("INSERT INTO publication_coinr_export (edition, idata, imeta, method_file) VALUES (?, ?, ?, ?)",
                export.edition(), export.data(), export.meta(), export.method());
    }

    /**
     * The edition's stored export.
     *
     * @throws IncompleteEdition when the edition was computed before its export was stored: compute it again
     */
    public CoinrExport load(int edition) {
        List<CoinrExport> found = jdbc.query("SELECT idata, imeta, method_file FROM publication_coinr_export"
                + " WHERE edition = ?", (rs, n) -> new CoinrExport(edition, rs.getString("idata"),
                rs.getString("imeta"), rs.getString("method_file")), edition);
        if (found.isEmpty()) {
            throw new IncompleteEdition("edition " + edition + " has no stored COINr export (it was computed by an"
                    + " earlier version of this program); run the compute step again: change a file of the input"
                    + " folder, or run the command with a new database");
        }
        return found.get(0);
    }
}
