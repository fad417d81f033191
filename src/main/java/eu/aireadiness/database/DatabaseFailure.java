package eu.aireadiness.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a failure of the database into one line for the operator: what is wrong with which database, and what to
 * do. The whole chain of causes is searched, since the telling exception (H2's error code, PostgreSQL's SQL state,
 * a refused socket) usually lies under layers of Spring, Flyway and the connection pool. H2 reports its error codes
 * as the SQL state, so one switch covers both databases.
 */
public final class DatabaseFailure {

    private DatabaseFailure() {
    }

    /** The explanation of a known database failure anywhere in the chain of causes, or empty. */
    public static Optional<String> explain(Throwable failure, DatabaseLocation where) {
        String database = where == null ? "the database" : where.describe();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailable) {
                return Optional.of(t.getMessage());
            }
            if (t instanceof SQLTransientConnectionException) {
                // The pool's "Connection is not available, request timed out": a refused or silent socket below
                // it says more; the state of a pooled connection found closed says nothing.
                return Optional.of(byNetworkCause(t, database).orElse(database + " gave no connection within the"
                        + " time allowed (readiness.database-timeout): check that the server is running and"
                        + " reachable, then run the same command again; it resumes where it stopped"));
            }
            Optional<String> explained = t instanceof SQLException sql ? bySqlState(sql, database)
                    : byNetwork(t, database);
            if (explained.isPresent()) {
                return explained;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> bySqlState(SQLException e, String database) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String again = "; then run the same command again";
        return Optional.ofNullable(switch (state) {
            case "90020" -> database + " is in use by another process (a run, intake or watch of this program, or"
                    + " an H2 console): wait for it to finish or stop it" + again
                    + ", or give this one another database with --db";
            case "90030" -> database + " is damaged (H2: " + firstLine(e) + "): restore it from a backup, or move"
                    + " it aside to start an empty database" + again;
            case "90048" -> database + " is not a database file of this H2 version (" + firstLine(e) + "): restore"
                    + " the right file, or move it aside to start an empty database" + again;
            case "90028", "90031" -> database + " could not be read or written (" + firstLine(e) + "): check the"
                    + " disk and the folder's permissions" + again;
            case "90098", "90121" -> database + " was closed while in use (its file was removed or the disk"
                    + " failed): check the database folder" + again + "; it resumes where it stopped";
            case "28P01", "28000" -> database + " refused the user name or password: set READINESS_DB_USER and"
                    + " READINESS_DB_PASSWORD" + again;
            case "3D000" -> database + " does not exist: create it (createdb) or point READINESS_DB_URL at the"
                    + " right one" + again;
            case "55000", "57P03" -> database + " does not accept connections now (" + firstLine(e) + "): wait until"
                    + " it does" + again + "; it resumes where it stopped";
            case "57P01", "57P02" -> database + " was shut down or its connection ended by an administrator: when it"
                    + " is back, run the same command again; it resumes where it stopped";
            case "08000", "08001", "08003", "08004", "08006", "08007" -> byNetworkCause(e, database)
                    .orElse(database + " cannot be reached (" + firstLine(e) + "): check that the server is running"
                            + " and reachable" + again + "; it resumes where it stopped");
            default -> null;
        });
    }

    /** A connection failure explained by the socket's own exception further down, when there is one. */
    private static Optional<String> byNetworkCause(Throwable e, String database) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            Optional<String> explained = byNetwork(t, database);
            if (explained.isPresent()) {
                return explained;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> byNetwork(Throwable t, String database) {
        String resume = "; when it is, run the same command again: it resumes where it stopped";
        if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
            return Optional.of(database + " refuses connections (" + firstLine(t) + "): check that the server is"
                    + " running and reachable" + resume);
        }
        if (t instanceof SocketTimeoutException) {
            return Optional.of(database + " stopped answering within the time allowed (readiness.database-timeout):"
                    + " check that the server is running and reachable" + resume);
        }
        if (t instanceof UnknownHostException) {
            return Optional.of(database + " cannot be found: the host name '" + t.getMessage() + "' is unknown;"
                    + " check READINESS_DB_URL");
        }
        return Optional.empty();
    }

    /** A message of one line, without H2's appended SQL statement and error code. */
    static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.replaceAll("\\s*\\[\\d{5}-\\d+]$", "").replaceAll("[.;:\\s]+$", "");
    }

    /** One line for any failure: the known database cause, or the deepest message of the chain. */
    public static String oneLine(Throwable failure, DatabaseLocation where) {
        return explain(failure, where).orElseGet(() -> {
            Throwable deepest = failure;
            Map<Throwable, Boolean> seen = new IdentityHashMap<>();
            for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
                if (t.getMessage() != null) {
                    deepest = t;
                }
            }
            return deepest.getClass().getSimpleName() + ": " + firstLine(deepest);
        });
    }
}
