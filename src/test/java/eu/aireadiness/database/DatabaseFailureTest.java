package eu.aireadiness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which database failures are explained, and how, however deep under other exceptions they lie. */
class DatabaseFailureTest {

    private static final DatabaseLocation H2 = new DatabaseLocation("jdbc:h2:file:/srv/airi/data/readiness;DB_CLOSE_ON_EXIT=FALSE");
    private static final DatabaseLocation POSTGRES = new DatabaseLocation("jdbc:postgresql://db.example:5433/airi?password=secret");

    @Test
    void namesTheDatabaseAsTheOperatorKnowsItAndNeverItsParameters() {
        assertThat(H2.describe()).isEqualTo("the H2 database /srv/airi/data/readiness.mv.db");
        assertThat(POSTGRES.describe()).isEqualTo("the PostgreSQL database 'airi' on db.example:5433");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            90020 | is in use by another process
            90030 | is damaged
            90048 | is not a database file of this H2 version
            90028 | could not be read or written
            """)
    void h2ErrorCodesUnderSpringsExceptions(String state, String expected) {
        SQLException h2 = new SQLException("Database may be already in use: \"/srv/airi/data/readiness.mv.db\"."
                + " Possible solutions: close all other connection(s); use the server mode [" + state + "-240]",
                state, Integer.parseInt(state));
        RuntimeException wrapped = new IllegalStateException("Error creating bean with name 'flywayInitializer'",
                new RuntimeException("Unable to obtain connection from database", h2));

        assertThat(DatabaseFailure.explain(wrapped, H2)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("the H2 database /srv/airi/data/readiness.mv.db " + expected).doesNotContain("\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            28P01 | refused the user name or password
            3D000 | does not exist
            57P01 | was shut down or its connection ended by an administrator
            55000 | does not accept connections now
            """)
    void postgresStates(String state, String expected) {
        assertThat(DatabaseFailure.explain(new RuntimeException(new SQLException("server said no", state)),
                POSTGRES)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("the PostgreSQL database 'airi' on db.example:5433 " + expected));
    }

    @Test
    void aRefusedOrSilentSocketUnderThePoolsTimeoutIsNamed() {
        SQLException refused = new SQLException("Connection to db.example:5433 refused", "08001",
                new ConnectException("Connection refused"));
        SQLException silent = new SQLException("The connection attempt failed", "08001",
                new SocketTimeoutException("Read timed out"));

        assertThat(DatabaseFailure.explain(new SQLTransientConnectionException("request timed out", "08001",
                refused), POSTGRES)).hasValueSatisfying(line -> assertThat(line).contains("refuses connections"));
        assertThat(DatabaseFailure.explain(new SQLTransientConnectionException("request timed out", "08003",
                silent), POSTGRES)).hasValueSatisfying(line -> assertThat(line)
                .contains("stopped answering within the time allowed (readiness.database-timeout)"));
        assertThat(DatabaseFailure.explain(new SQLTransientConnectionException("request timed out"), POSTGRES))
                .hasValueSatisfying(line -> assertThat(line).contains("gave no connection within the time allowed"));
    }

    @Test
    void otherFailuresAreNotTakenForTheDatabases() {
        IllegalStateException other = new IllegalStateException("outer", new IllegalArgumentException("the cause"));

        assertThat(DatabaseFailure.explain(other, H2)).isEmpty();
        assertThat(DatabaseFailure.oneLine(other, H2)).isEqualTo("IllegalArgumentException: the cause");
    }
}
