package eu.aireadiness.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit log on the real H2 database, migrated by Flyway as the application does. */
@SpringBootTest
class JdbcAuditTrailTest {

    private static final Path DATABASE = temporaryFolder().resolve("readiness");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", DATABASE::toString);
    }

    @Autowired
    AuditTrail trail;

    @Test
    void keepsEveryEntryAndGivesTheNewestFirst() {
        Instant morning = Instant.parse("2026-12-04T08:00:00Z");
        trail.record(new AuditEntry(morning, "anna.de", "10.0.0.7", "LOGIN", "", "OK"));
        trail.record(new AuditEntry(morning.plusSeconds(60), "anna.de", "10.0.0.7", "UPLOAD", "DE/DE_2026.csv",
                "ACCEPTED version 3"));
        trail.record(new AuditEntry(morning.plusSeconds(120), "anna.de", "10.0.0.7", "FORBIDDEN", "/officer/FR",
                "REFUSED"));

        assertThat(trail.latest(2)).containsExactly(
                new AuditEntry(morning.plusSeconds(120), "anna.de", "10.0.0.7", "FORBIDDEN", "/officer/FR",
                        "REFUSED"),
                new AuditEntry(morning.plusSeconds(60), "anna.de", "10.0.0.7", "UPLOAD", "DE/DE_2026.csv",
                        "ACCEPTED version 3"));
        assertThat(trail.latest(3)).last()
                .isEqualTo(new AuditEntry(morning, "anna.de", "10.0.0.7", "LOGIN", "", "OK"));
    }

    @Test
    void recordsAnOverlongTargetCutToItsColumn() {
        String hostile = "../".repeat(400) + "etc/passwd";
        // Earlier than the other test's entries, so that neither test's newest entries depend on the order they run.
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        trail.record(new AuditEntry(at, "mallory", "10.0.0.9", "UPLOAD", hostile, "REFUSED"));

        AuditEntry stored = trail.latest(10).stream().filter(e -> e.who().equals("mallory")).findFirst()
                .orElseThrow();
        assertThat(stored.target()).hasSize(1000).isEqualTo(hostile.substring(0, 1000));
        assertThat(stored.who()).isEqualTo("mallory");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("airi-audit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
