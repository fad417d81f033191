package eu.aireadiness.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    @Test
    void filtersTheWholeLogInTheDatabaseAndStreamsItNewestFirst() {
        // One entry of zoe_x, then more entries of others than the page ever showed at once (5,000): a filter over
        // a window of the latest entries would not find hers.
        Instant first = Instant.parse("2026-11-01T08:00:00Z");
        trail.record(new AuditEntry(first, "zoe_x", "10.0.0.5", "LOGIN_FAILED", "", "REFUSED"));
        for (int i = 1; i <= 5_100; i++) {
            trail.record(new AuditEntry(first.plusSeconds(i), "officer-" + (i % 27), "10.0.1." + (i % 250),
                    "LOGIN", "", "OK"));
        }

        assertThat(trail.latest(200, "ZOE", "")).containsExactly(
                new AuditEntry(first, "zoe_x", "10.0.0.5", "LOGIN_FAILED", "", "REFUSED"));
        assertThat(trail.latest(200, "", "LOGIN_FAILED")).extracting(AuditEntry::who).contains("zoe_x")
                .doesNotContain("officer-1");
        // "_" is a letter of the name, not LIKE's any character: "r_1" would match every officer-1... otherwise.
        assertThat(trail.latest(200, "e_x", "")).extracting(AuditEntry::who).containsExactly("zoe_x");
        assertThat(trail.latest(200, "r_1", "")).isEmpty();
        assertThat(trail.latest(10, "officer-1", "LOGIN")).hasSize(10)
                .allSatisfy(e -> assertThat(e.who()).startsWith("officer-1"));

        List<Instant> streamed = new ArrayList<>();
        trail.eachNewestFirst(e -> streamed.add(e.at()));
        assertThat(streamed).hasSizeGreaterThanOrEqualTo(5_101).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(streamed).contains(first);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("airi-audit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
