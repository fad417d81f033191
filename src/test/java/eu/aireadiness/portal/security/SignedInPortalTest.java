package eu.aireadiness.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.aireadiness.portal.account.Accounts;
import eu.aireadiness.portal.account.Role;
import eu.aireadiness.portal.account.UsersCommand;
import eu.aireadiness.portal.audit.AuditTrail;

/**
 * The portal in its web server's security, on the real H2 database: the first admin added by the {@code users}
 * command before the server starts (it refuses to start without one), the other accounts as the command adds them.
 * The tests that extend it share one application context; each signs in from addresses of its own, so that the
 * throttle's counts of one test do not reach another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
abstract class SignedInPortalTest {

    static final Path DATABASE = temporaryFolder().resolve("readiness");
    static final String ADMIN = "root.admin";
    static final String PASSWORD = "a long enough passphrase";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", DATABASE::toString);
    }

    @BeforeAll
    static void firstAdmin() {
        // Once for the tests that share this context (and its database, which it holds open).
        if (!Files.exists(DATABASE.resolveSibling("readiness.mv.db"))) {
            UsersCommand.add(DATABASE, PASSWORD, ADMIN, "--role", "admin");
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void otherAccounts() {
        add("otto.de", Role.OFFICER, "DE");
        add("pia.publisher", Role.PUBLISHER);
        add("olga.throttled", Role.OFFICER, "AT");
    }

    void add(String name, Role role, String... countries) {
        if (accounts.find(name).isEmpty()) {
            accounts.add(name, role, List.of(countries), PASSWORD.toCharArray());
        }
    }

    /** Signs in and returns where the login sent the browser: "/" when it succeeded. */
    String attempt(String name, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf())
                .with(from(address))).andReturn().getResponse().getRedirectedUrl();
    }

    MockHttpSession signIn(String name, String address) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", name).param("password", PASSWORD)
                .with(csrf()).with(from(address))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("login of " + name).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("airi-security");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
