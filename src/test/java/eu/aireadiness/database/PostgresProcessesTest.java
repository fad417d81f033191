package eu.aireadiness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two real processes on one PostgreSQL database, and a database that goes away under a run. {@code .ci/run} starts
 * the server and sets READINESS_TEST_PG_*; without them these tests are skipped. The first process is held at the
 * start of its job by {@code readiness.pause-at-job-start}, its execution recorded as running and its locks taken,
 * as a long run would be.
 */
@EnabledIfEnvironmentVariable(named = "READINESS_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresProcessesTest {

    private static final String URL = System.getenv("READINESS_TEST_PG_URL");
    private static final String USER = System.getenv("READINESS_TEST_PG_USER");
    private static final String PASSWORD = System.getenv("READINESS_TEST_PG_PASSWORD");
    private static final Duration START = Duration.ofSeconds(90);

    private final Workspace workspace = Workspace.create("airi-pg-processes");

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    @Test
    void aSecondProcessIsRefusedNamingTheHolderAndRunsOnceTheFirstHasEnded() throws Exception {
        try (ChildProcess first = ChildProcess.start(workspace.root(), database(URL),
                workspace.intake("--spring.profiles.active=postgres", "--readiness.pause-at-job-start=30s"))) {
            first.awaitLine("pausing", START);

            try (ChildProcess second = ChildProcess.start(workspace.root(), database(URL),
                    workspace.intake("--spring.profiles.active=postgres"))) {
                assertThat(second.awaitExit(START)).as("%s", second.lines()).isEqualTo(1);
                assertThat(second.failureLines()).as("%s", second.lines()).hasSize(1);
                assertThat(second.failureLines().get(0)).contains("the intake is in use by another process",
                        "process " + first.pid() + " on ", ", started 20");
                assertThat(second.lines()).as("the running intake is not taken for an interrupted one")
                        .noneMatch(line -> line.contains("interrupted"));
                assertThat(second.traceLines()).isEmpty();
            }
            assertThat(first.awaitExit(START)).as("%s", first.lines()).isZero();
        }
        assertThat(statuses()).as("the first intake ran undisturbed").containsExactly("COMPLETED");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(53);

        try (ChildProcess again = ChildProcess.start(workspace.root(), database(URL),
                workspace.intake("--spring.profiles.active=postgres"))) {
            assertThat(again.awaitExit(START)).as("%s", again.lines()).isZero();
            assertThat(again.lines()).anyMatch(line -> line.contains("nothing new in"));
        }
        assertThat(count("SELECT COUNT(*) FROM run_lock_holder")).as("the holders' names are removed on release")
                .isZero();
    }

    @Test
    void aSecondProcessGivenALockWaitWaitsForTheFirstThenRuns() throws Exception {
        try (ChildProcess first = ChildProcess.start(workspace.root(), database(URL),
                workspace.intake("--spring.profiles.active=postgres", "--readiness.pause-at-job-start=8s"))) {
            first.awaitLine("pausing", START);

            try (ChildProcess second = ChildProcess.start(workspace.root(), database(URL),
                    workspace.intake("--spring.profiles.active=postgres", "--readiness.lock-wait=120s"))) {
                second.awaitLine("waiting up to 120 s", START);
                assertThat(second.lines()).as("told whom it waits for").anyMatch(line -> line.contains(
                        "The intake is in use by process " + first.pid() + " on "));
                assertThat(first.awaitExit(START)).as("%s", first.lines()).isZero();
                assertThat(second.awaitExit(START)).as("%s", second.lines()).isZero();
                assertThat(second.failureLines()).as("%s", second.lines()).isEmpty();
                assertThat(second.lines()).as("it ran after the first, which had taken every file in")
                        .anyMatch(line -> line.contains("nothing new in"));
                assertThat(second.lines()).noneMatch(line -> line.contains("interrupted"));
            }
        }
        assertThat(statuses()).as("the second, finding nothing new, launched no job").containsExactly("COMPLETED");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(53);
    }

    @Test
    void aDatabaseThatStopsAnsweringEndsTheRunInOneLineAndTheSameCommandThenResumes() throws Exception {
        URI server = URI.create(URL.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort())) {
            String throughProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath();
            String[] command = workspace.intake("--spring.profiles.active=postgres",
                    "--readiness.database-timeout=3s");
            try (ChildProcess cut = ChildProcess.start(workspace.root(), database(throughProxy),
                    append(command, "--readiness.pause-at-job-start=5s"))) {
                cut.awaitLine("pausing", START);
                proxy.silence();
                // Bounded by the 3 s timeout on each wait; a hang guard here, the operating system's would be minutes.
                assertThat(cut.awaitExit(Duration.ofSeconds(60))).as("%s", cut.lines()).isEqualTo(1);
                assertThat(cut.failureLines()).as("%s", cut.lines()).hasSize(1);
                assertThat(cut.failureLines().get(0)).contains("the PostgreSQL database '",
                        "run the same command again");
                assertThat(cut.traceLines()).as("%s", cut.lines()).isEmpty();
            }
            proxy.restore();
            try (ChildProcess resumed = ChildProcess.start(workspace.root(), database(throughProxy), command)) {
                assertThat(resumed.awaitExit(START)).as("%s", resumed.lines()).isZero();
                assertThat(resumed.lines()).anyMatch(line -> line.contains("was interrupted; resuming it"));
            }
        }
        assertThat(statuses()).containsExactly("FAILED", "COMPLETED");
        assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(53);
    }

    @Test
    void aProcessWhoseLockSessionEndsStopsRatherThanWorkBesideAnother() throws Exception {
        try (ChildProcess first = ChildProcess.start(workspace.root(), database(URL),
                workspace.intake("--spring.profiles.active=postgres", "--readiness.pause-at-job-start=30s"))) {
            first.awaitLine("pausing", START);
            // What an administrator's pg_terminate_backend does to the session holding the intake's lock (allowed
            // to the role on its own sessions); the rest of the database answers as before.
            List<Integer> sessions = jdbc().queryForList("SELECT pid FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND classid = 1095324233 AND objid = 0 AND objsubid = 2 AND granted AND database ="
                    + " (SELECT oid FROM pg_database WHERE datname = current_database())", Integer.class);
            assertThat(sessions).hasSize(1);
            jdbc().queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, sessions.get(0));

            assertThat(first.awaitExit(Duration.ofSeconds(30))).as("%s", first.lines()).isEqualTo(1);
            assertThat(first.failureLines()).as("%s", first.lines()).hasSize(1);
            assertThat(first.failureLines().get(0)).contains("Lost the lock of the intake",
                    "run the same command again");
            assertThat(first.traceLines()).as("%s", first.lines()).isEmpty();
        }
        assertThat(count("SELECT COUNT(*) FROM submission")).as("stopped before taking anything in").isZero();
    }

    private static Map<String, String> database(String url) {
        return Map.of("READINESS_DB_URL", url, "READINESS_DB_USER", USER, "READINESS_DB_PASSWORD", PASSWORD);
    }

    private static String[] append(String[] arguments, String extra) {
        String[] longer = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        longer[arguments.length] = extra;
        return longer;
    }

    private static List<String> statuses() {
        return jdbc().queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", String.class);
    }

    private static int count(String sql) {
        return jdbc().queryForObject(sql, Integer.class);
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(URL, USER, PASSWORD));
    }
}
