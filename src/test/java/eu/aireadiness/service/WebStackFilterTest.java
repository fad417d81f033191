package eu.aireadiness.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Every command but serve starts without the web stack's auto-configuration; serve and the web tests with it. */
class WebStackFilterTest {

    private static final String[] CANDIDATES = {
        "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration",
    };

    @Test
    void withoutAWebServerOnlyTheDatabaseBatchAndIntegrationRemain() {
        assertThat(match("none")).containsExactly(false, false, false, false, false, false, false,
                true, true, true, true);
    }

    @Test
    void aServletApplicationOrOneThatDoesNotSayKeepsEverything() {
        assertThat(match("servlet")).containsOnly(true).hasSize(CANDIDATES.length);
        assertThat(match(null)).containsOnly(true).hasSize(CANDIDATES.length);
    }

    private static boolean[] match(String type) {
        MockEnvironment environment = new MockEnvironment();
        if (type != null) {
            environment.setProperty("spring.main.web-application-type", type);
        }
        WebStackFilter filter = new WebStackFilter();
        filter.setEnvironment(environment);
        return filter.match(CANDIDATES, null);
    }
}
