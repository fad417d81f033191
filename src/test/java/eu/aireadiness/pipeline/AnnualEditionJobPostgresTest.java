package eu.aireadiness.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end checks on PostgreSQL with the {@code postgres} profile. {@code .ci/run} starts a server and sets
 * READINESS_TEST_PG_URL, READINESS_TEST_PG_USER and READINESS_TEST_PG_PASSWORD; the schema is emptied first so
 * that Flyway builds it from nothing, as on a new deployment.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = "READINESS_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class AnnualEditionJobPostgresTest extends AnnualEditionEndToEndChecks {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-e2e-pg");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        String url = System.getenv("READINESS_TEST_PG_URL");
        String user = System.getenv("READINESS_TEST_PG_USER");
        String password = System.getenv("READINESS_TEST_PG_PASSWORD");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    @Override
    EditionWorkspace workspace() {
        return WORKSPACE;
    }
}
