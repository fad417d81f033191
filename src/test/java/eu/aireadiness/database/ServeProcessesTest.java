package eu.aireadiness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The {@code serve} command as an operator runs it, in processes of its own: stopped while it takes files in, it
 * finishes them first; two of them on one PostgreSQL database both serve HTTP, exactly one leads (runs the watcher),
 * and when the leader is killed outright the other takes the lead within the stated bound and takes in a file
 * dropped afterwards. The PostgreSQL case runs when READINESS_TEST_PG_* are set, as {@code .ci/run} does.
 */
class ServeProcessesTest {

    private static final Duration START = Duration.ofMinutes(2);
    private static final Pattern LEADS = Pattern.compile("lock client ([0-9a-f-]{36})\\) now leads");

    private final Workspace workspace = Workspace.create("airi-serve-processes");

    @Test
    void aTerminatedServiceFinishesTheIntakeUnderWayBeforeItExits() throws Exception {
        try (ChildProcess serve = ChildProcess.start(workspace.root(), Map.of(), workspace.serve("--port", "0",
                "--readiness.watch.poll=200ms", "--readiness.pause-at-job-start=5s"))) {
            serve.awaitLine("pausing", START);
            serve.terminate();
            serve.awaitExit(START);
            assertThat(serve.lines()).as("%s", serve.lines())
                    .anyMatch(line -> line.contains("Finishing the intake under way before stopping"))
                    .anyMatch(line -> line.contains("Intake launched by") && line.contains("53 new file(s) taken in"));
        }
        JdbcTemplate h2 = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:file:" + workspace.database(), "sa",
                ""));
        assertThat(h2.queryForList("SELECT STATUS FROM BATCH_JOB_EXECUTION", String.class))
                .containsExactly("COMPLETED");
        assertThat(h2.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(53);
    }

    @Test
    void structuredLogsAreOneJsonObjectPerLineInTheElasticCommonSchema() throws Exception {
        try (ChildProcess serve = ChildProcess.start(workspace.root(), Map.of(), workspace.serve("--port", "0",
                "--readiness.watch.poll=200ms", "--logging.structured.format.console=ecs"))) {
            serve.awaitLine("now leads", START);
            serve.awaitLine("serving the portal on http://127.0.0.1:", START);
            serve.terminate();
            serve.awaitExit(START);
            JsonMapper json = JsonMapper.builder().build();
            List<JsonNode> events = serve.lines().stream().filter(line -> line.startsWith("{")).map(json::readTree)
                    .toList();
            assertThat(events).as("%s", serve.lines()).anySatisfy(event -> {
                assertThat(event.path("log").path("level").asString()).isEqualTo("INFO");
                assertThat(event.path("log").path("logger").asString()).isEqualTo("eu.aireadiness.service.Leadership");
                assertThat(event.path("message").asString()).contains("now leads");
                assertThat(event.path("process").path("pid").asLong()).isEqualTo(serve.pid());
                assertThat(event.path("@timestamp").asString()).startsWith("20");
            });
            // Where the portal answers, with the port the system gave (--port 0); the console's own copy of this
            // line is left out here by the child's --quiet.
            assertThat(events).anySatisfy(event -> assertThat(event.path("message").asString()).matches(
                    "serving the portal on http://127\\.0\\.0\\.1:[1-9][0-9]*/ \\(Ctrl\\+C stops it;"
                            + " /actuator/health tells its state\\)"));
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "READINESS_TEST_PG_URL", matches = "jdbc:postgresql:.*")
    void twoInstancesServeExactlyOneLeadsAndTheOtherTakesOverWithinTheBoundWhenItDies() throws Exception {
        String url = System.getenv("READINESS_TEST_PG_URL");
        String user = System.getenv("READINESS_TEST_PG_USER");
        String password = System.getenv("READINESS_TEST_PG_PASSWORD");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        Map<String, String> database = Map.of("READINESS_DB_URL", url, "READINESS_DB_USER", user,
                "READINESS_DB_PASSWORD", password);
        // A lock that lapses 6 s after the leader's last renewal, sought every 500 ms: the bound is 7 s.
        String[] leadership = {"--spring.profiles.active=postgres", "--readiness.watch.poll=200ms",
            "--readiness.service.leadership-ttl=6s", "--readiness.service.leadership-heartbeat=1s",
            "--readiness.service.leadership-retry=500ms"};
        Duration bound = Duration.ofSeconds(7);
        int firstPort = freePort();
        try (ChildProcess first = ChildProcess.start(workspace.root(), database, serve(firstPort, leadership))) {
            first.awaitLine("now leads", START);
            first.awaitLine("Intake launched by", START);
            String firstClient = client(first);
            int secondPort = freePort();
            try (ChildProcess second = ChildProcess.start(workspace.root(), database, serve(secondPort, leadership))) {
                second.awaitLine("is a candidate to lead", START);
                awaitHealthUp(secondPort);
                assertThat(healthStatus(firstPort)).isEqualTo(200);
                Thread.sleep(bound.toMillis()); // long enough for a second leader to show, were there one
                assertThat(second.lines()).as("one leader only").noneMatch(line -> line.contains("now leads"));
                assertThat(holders(jdbc)).containsExactly(firstClient);

                ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly(); // kill -9: no lock released
                Instant killed = Instant.now();
                second.awaitLine("now leads", bound.plusSeconds(30));
                Duration takeover = Duration.between(killed, Instant.now());
                // The log is read every 200 ms and the machine is shared: the bound plus that reading's slack.
                assertThat(takeover).as("taken over in %s", takeover).isLessThan(bound.plusSeconds(2));
                System.out.println("Leader killed; the other instance led " + takeover.toMillis() + " ms later"
                        + " (bound " + bound.toSeconds() + " s)");
                assertThat(holders(jdbc)).containsExactly(client(second));
                assertThat(healthStatus(secondPort)).isEqualTo(200);

                Path hungary = workspace.input().resolve("HU");
                String figures = Files.readString(hungary.resolve("HU_AIRI_2025.csv")).replace(",2025,", ",2026,");
                Path dropped = Files.writeString(hungary.resolve("HU_AIRI_2026.csv"), figures);
                Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(60)));
                second.awaitLine("Accepted HU/HU_AIRI_2026.csv as version 1", START);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE country = 'HU' AND edition = 2026"
                + " AND status = 'ACCEPTED'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class)).isEqualTo(54);
    }

    private String[] serve(int port, String... extra) {
        String[] arguments = new String[extra.length + 2];
        arguments[0] = "--port";
        arguments[1] = String.valueOf(port);
        System.arraycopy(extra, 0, arguments, 2, extra.length);
        return workspace.serve(arguments);
    }

    private static String client(ChildProcess process) {
        for (String line : process.lines()) {
            Matcher leads = LEADS.matcher(line);
            if (leads.find()) {
                return leads.group(1);
            }
        }
        throw new AssertionError("no line says it leads: " + process.lines());
    }

    private static List<String> holders(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT CLIENT_ID FROM INT_LOCK", String.class)
                .stream().map(String::strip).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int healthStatus(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("\"status\":\"UP\"");
        return response.statusCode();
    }

    /** The web server listens a moment after the log's lines of the start. */
    private static void awaitHealthUp(int port) throws InterruptedException {
        Instant limit = Instant.now().plus(START);
        while (true) {
            try {
                healthStatus(port);
                return;
            } catch (IOException e) {
                assertThat(Instant.now()).as("no answer on port %d: %s", port, e).isBefore(limit);
                Thread.sleep(200);
            }
        }
    }
}
