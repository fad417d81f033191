package eu.aireadiness.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;

import eu.aireadiness.pipeline.ReadinessProperties;
import eu.aireadiness.pipeline.WatchProperties;

/**
 * The service's own parts of {@code /actuator/health}, besides the database's (Spring Boot's): the countries' drop
 * folders and the archive can be written, when files were last taken in, when the annual publication runs next, and
 * which process leads. Each is cheap (no file is written, one query each), since a load balancer may ask every few
 * seconds. Only {@code serve} has them.
 */
@Configuration
@ConditionalOnProperty(name = "readiness.command", havingValue = "serve")
class ServiceHealth {

    /** The folders the portal's uploads and the intake's feedback are written to: input/&lt;CC&gt;/. */
    @Bean
    HealthIndicator dropFoldersHealthIndicator(ReadinessProperties settings) {
        return () -> {
            Path input = settings.input().toAbsolutePath().normalize();
            if (!Files.isDirectory(input)) {
                return Health.down().withDetail("input", input.toString())
                        .withDetail("problem", "the input folder does not exist").build();
            }
            List<Path> countries = countryFolders(input);
            List<String> unwritable = countries.stream().filter(f -> !Files.isWritable(f))
                    .map(f -> f.getFileName().toString()).toList();
            Health.Builder health = unwritable.isEmpty() ? Health.up() : Health.down()
                    .withDetail("notWritable", unwritable)
                    .withDetail("problem", "uploads and feedback cannot be written there; give this user write"
                            + " access to those folders");
            return health.withDetail("input", input.toString()).withDetail("countries", countries.size()).build();
        };
    }

    /** The archive of received files (readiness.archive), made on the first intake: it, or its parent, is writable. */
    @Bean
    HealthIndicator archiveHealthIndicator(ReadinessProperties settings) {
        return () -> {
            Path archive = settings.archive().toAbsolutePath().normalize();
            Path existing = archive;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            boolean writable = existing != null && Files.isDirectory(existing) && Files.isWritable(existing);
            return (writable ? Health.up() : Health.down().withDetail("problem", (existing == null ? archive
                    : existing) + " does not take new files; make it writable or set readiness.archive"))
                    .withDetail("archive", archive.toString()).build();
        };
    }

    /** When a file was last taken in, of any country; informative only (a quiet week is not a fault). */
    @Bean
    HealthIndicator lastIntakeHealthIndicator(JdbcTemplate jdbc) {
        return () -> {
            Timestamp last = jdbc.queryForObject("SELECT MAX(received_at) FROM submission", Timestamp.class);
            if (last == null) {
                return Health.up().withDetail("lastIntake", "none yet").build();
            }
            Instant at = last.toInstant();
            return Health.up().withDetail("lastIntake", at.toString())
                    .withDetail("since", Durations.words(Duration.between(at, Instant.now()))).build();
        };
    }

    /** The next run of the annual publication (readiness.watch.publish-cron), and whether this process runs it. */
    @Bean
    HealthIndicator nextPublicationHealthIndicator(WatchProperties watch, Leadership leadership) {
        return () -> {
            String cron = watch.publishCron() == null ? "" : watch.publishCron().trim();
            if (cron.isEmpty()) {
                return Health.up().withDetail("nextPublication", "none scheduled (readiness.watch.publish-cron is"
                        + " empty)").build();
            }
            // The zone the schedule fires in: CronTrigger's default, the system's.
            ZonedDateTime now = ZonedDateTime.now(ZoneId.systemDefault());
            ZonedDateTime next = CronExpression.parse(cron).next(now);
            return Health.up().withDetail("cron", cron)
                    .withDetail("nextPublication", next == null ? "never" : next.toOffsetDateTime().toString())
                    .withDetail("in", next == null ? "never" : Durations.words(Duration.between(now, next)))
                    .withDetail("edition", watch.edition() == null ? "the latest in editions.csv" : watch.edition())
                    .withDetail("runsHere", leadership.leadingSince().isPresent()).build();
        };
    }

    /** Which process leads (runs the watcher and the schedule): this one, or the lock table's holder. */
    @Bean
    HealthIndicator leadershipHealthIndicator(Leadership leadership, JdbcTemplate jdbc, ServiceProperties settings) {
        return () -> {
            List<Map<String, Object>> holders = jdbc.queryForList("SELECT CLIENT_ID, EXPIRED_AFTER FROM INT_LOCK"
                    + " WHERE REGION = ?", LeadershipConfiguration.REGION);
            Health.Builder health = Health.up().withDetail("thisInstance", leadership.name())
                    .withDetail("lockClient", leadership.getId())
                    .withDetail("leads", leadership.leadingSince().isPresent())
                    .withDetail("takeoverBound", settings.takeoverBound().toSeconds() + " s");
            leadership.leadingSince().ifPresent(since -> health.withDetail("leadingSince", since.toString()));
            holders.stream().findFirst().ifPresent(row -> health.withDetail("leaderLockClient",
                    String.valueOf(row.get("CLIENT_ID")).strip()));
            return health.build();
        };
    }

    private static List<Path> countryFolders(Path input) {
        try (Stream<Path> entries = Files.list(input)) {
            return entries.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("[A-Z]{2}"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
