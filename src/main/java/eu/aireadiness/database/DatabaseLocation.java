package eu.aireadiness.database;

import java.nio.file.Path;

/**
 * Where the database lies, as an operator knows it: the H2 file on disk, or PostgreSQL's host and database. Made
 * from the JDBC URL, never shown with its parameters (they may carry a password).
 *
 * @param url the JDBC URL of {@code spring.datasource.url}
 */
public record DatabaseLocation(String url) {

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    public DatabaseLocation {
        url = url == null ? "" : url.trim();
    }

    public boolean isH2File() {
        return url.startsWith(H2_FILE);
    }

    public boolean isPostgres() {
        return url.startsWith(POSTGRESQL);
    }

    /** The H2 database's base path, as given ({@code data/readiness}, H2 adds {@code .mv.db}). */
    Path h2Base() {
        String path = url.substring(H2_FILE.length());
        int parameters = path.indexOf(';');
        return Path.of(parameters < 0 ? path : path.substring(0, parameters)).toAbsolutePath().normalize();
    }

    /** The file H2 keeps the database in. */
    public Path h2File() {
        return h2Base().resolveSibling(h2Base().getFileName() + ".mv.db");
    }

    /** The database named for a sentence: "the H2 database /srv/data/readiness.mv.db". */
    public String describe() {
        if (isH2File()) {
            return "the H2 database " + h2File();
        }
        if (isPostgres()) {
            String rest = url.substring(POSTGRESQL.length());
            int parameters = rest.indexOf('?');
            rest = (parameters < 0 ? rest : rest.substring(0, parameters)).replaceFirst("^//", "");
            int slash = rest.indexOf('/');
            return slash < 0 ? "the PostgreSQL server " + rest
                    : "the PostgreSQL database '" + rest.substring(slash + 1) + "' on " + rest.substring(0, slash);
        }
        return "the database";
    }
}
