package eu.aireadiness.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.aireadiness.intake.FeedbackFiles;

/**
 * The {@code serve} process on the embedded H2 database, alone and so its leader: it serves HTTP on the loopback
 * address, runs the watcher (the files waiting are taken in), answers the public health summary without details,
 * and counts the files per country and outcome in its metrics, beside Spring Batch's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "readiness.command=serve", "spring.main.web-application-type=servlet", "readiness.watch.poll=200ms",
        "readiness.watch.publish-cron=0 0 6 1 12 *", "readiness.portal.admin-check=false"})
@DirtiesContext // stops the poller and the leader initiator once the class is done
class ServeTest {

    private static final Path ROOT = workspace();

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> ROOT.resolve("db/readiness").toString());
        registry.add("readiness.input", () -> ROOT.resolve("input").toString());
        registry.add("readiness.archive", () -> ROOT.resolve("archive").toString());
        registry.add("readiness.output", () -> ROOT.resolve("output").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Leadership leadership;

    @Autowired
    MeterRegistry meters;

    @Autowired
    @Qualifier("dropFoldersHealthIndicator")
    HealthIndicator dropFolders;

    @Autowired
    @Qualifier("archiveHealthIndicator")
    HealthIndicator archive;

    @Autowired
    @Qualifier("lastIntakeHealthIndicator")
    HealthIndicator lastIntake;

    @Autowired
    @Qualifier("nextPublicationHealthIndicator")
    HealthIndicator nextPublication;

    @Autowired
    @Qualifier("leadershipHealthIndicator")
    HealthIndicator leadershipHealth;

    @Test
    void aloneItLeadsAndTakesInTheFilesWaiting() throws Exception {
        waitFor(() -> leadership.leadingSince().isPresent() && count("SELECT COUNT(*) FROM submission") == 53,
                "the lead, and the 53 files of the shipped input taken in");
        assertThat(jdbc.queryForList("SELECT CLIENT_ID FROM INT_LOCK", String.class)).as("the lock names it")
                .map(String::strip).containsExactly(leadership.getId());

        Health health = leadershipHealth.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("leads", true)
                .containsEntry("leaderLockClient", leadership.getId())
                .containsEntry("thisInstance", leadership.name()).containsEntry("takeoverBound", "17 s");
        assertThat(leadership.name()).endsWith(" process " + ProcessHandle.current().pid());
    }

    @Test
    void theHealthSummaryIsPublicAndItsDetailsAreNot() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details",
                "dropFolders", "leadership", ROOT.toString());
        HttpResponse<String> metrics = get("/actuator/metrics/" + "readiness.intake.files");
        assertThat(metrics.statusCode()).as("metrics are for admins").isIn(401, 302, 403);
        assertThat(metrics.body()).doesNotContain("measurements");
    }

    @Test
    void theServicesOwnHealthIndicatorsSayWhatTheySee() throws Exception {
        waitFor(() -> count("SELECT COUNT(*) FROM submission") == 53, "the files waiting to be taken in");
        Health folders = dropFolders.health();
        assertThat(folders.getStatus()).isEqualTo(Status.UP);
        // One folder per country of countries.csv (27, its header aside), as shipped.
        int countries = Files.readAllLines(ROOT.resolve("input/countries.csv")).size() - 1;
        assertThat(folders.getDetails()).containsEntry("countries", countries)
                .containsEntry("input", ROOT.resolve("input").toString());
        assertThat(archive.health().getStatus()).isEqualTo(Status.UP);

        Timestamp last = jdbc.queryForObject("SELECT MAX(received_at) FROM submission", Timestamp.class);
        Health intake = lastIntake.health();
        assertThat(intake.getDetails()).containsEntry("lastIntake", last.toInstant().toString());
        // The files' arrival times are their modification times, as old as the checkout of the sample input.
        assertThat((String) intake.getDetails().get("since")).matches("\\d+ (s|min \\d+ s|h \\d+ min|d \\d+ h)");

        // 1 December, 06:00, in the zone the schedule fires in: this year's if still ahead, else next year's.
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime thisYear = ZonedDateTime.of(LocalDateTime.of(LocalDate.now(zone).withMonth(12)
                .withDayOfMonth(1), java.time.LocalTime.of(6, 0)), zone);
        ZonedDateTime expected = thisYear.isAfter(ZonedDateTime.now(zone)) ? thisYear : thisYear.plusYears(1);
        assertThat(nextPublication.health().getDetails()).containsEntry("nextPublication",
                expected.toOffsetDateTime().toString()).containsEntry("cron", "0 0 6 1 12 *")
                .containsEntry("runsHere", true);
    }

    @Test
    void theMetricsCountTheFilesPerCountryAndOutcomeBesideSpringBatchs() throws Exception {
        waitFor(() -> count("SELECT COUNT(*) FROM submission") == 53
                && meters.find("spring.batch.job").tag("spring.batch.job.name", "intake").timer() != null,
                "the intake and its metrics");
        List<Map<String, Object>> byCountry = jdbc.queryForList("SELECT country, status, COUNT(*) AS files"
                + " FROM submission GROUP BY country, status");
        assertThat(byCountry).hasSizeGreaterThan(27); // every country, and at least one with a rejected file
        for (Map<String, Object> row : byCountry) {
            String outcome = row.get("STATUS").toString().toLowerCase(java.util.Locale.ROOT);
            assertThat(meters.get("readiness.intake.files").tag("country", row.get("COUNTRY").toString())
                    .tag("outcome", outcome).counter().count()).as("%s", row)
                    .isEqualTo(((Number) row.get("FILES")).doubleValue());
        }
        Timer job = meters.get("spring.batch.job").tag("spring.batch.job.name", "intake")
                .tag("spring.batch.job.status", "COMPLETED").timer();
        assertThat(job.count()).isEqualTo(1);
        assertThat(meters.find("spring.batch.step").tag("spring.batch.step.job.name", "intake").timers())
                .isNotEmpty();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** A guard against a hang: the poll is 200 ms, but a busy machine takes a while over 53 files. */
    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting for " + what + " after 120 s").isBefore(limit);
            Thread.sleep(100);
        }
    }

    /** A copy of the shipped input in a temporary folder, without the feedback a `make run` may have left. */
    private static Path workspace() {
        try {
            Path root = Files.createTempDirectory("airi-serve");
            Path from = Path.of("input");
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path source : walk.filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString())).toList()) {
                    Path target = root.resolve("input").resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not remove the test folder " + root + ": " + e.getMessage());
        }
    }
}
