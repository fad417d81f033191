package eu.aireadiness.service;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configuration of the web server, the portal's security and templates, and Actuator (health,
 * metrics, observations) from every start that is not a servlet web application, which is every command but
 * {@code serve}: their jars are on the class path for {@code serve}, and evaluating their conditions and making their
 * beans (a meter registry, metric binders, the health registry, ...) would cost every {@code run} and {@code intake}
 * its start-up time for nothing. A start that asks for a servlet web application (serve, the web layer's tests) gets
 * all of it, as does one that does not say (Spring Boot then deduces the type from the class path).
 */
public class WebStackFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    /** The packages of the auto-configurations only a web application uses, as Spring Boot 4's modules name them. */
    static final List<String> WEB_ONLY = List.of("org.springframework.boot.actuate.",
            "org.springframework.boot.health.", "org.springframework.boot.micrometer.",
            "org.springframework.boot.security.", "org.springframework.boot.servlet.",
            "org.springframework.boot.tomcat.", "org.springframework.boot.webmvc.",
            "org.springframework.boot.thymeleaf.", "org.springframework.boot.jdbc.autoconfigure.health.",
            "org.springframework.boot.jdbc.autoconfigure.metrics.",
            "org.springframework.boot.integration.autoconfigure.metrics.",
            "org.springframework.boot.batch.autoconfigure.observation.");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean web = environment == null || environment.getProperty("spring.main.web-application-type", "servlet")
                .toLowerCase(Locale.ROOT).equals("servlet");
        boolean[] kept = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < kept.length; i++) {
            String name = autoConfigurationClasses[i];
            kept[i] = web || name == null || WEB_ONLY.stream().noneMatch(name::startsWith);
        }
        return kept;
    }
}
