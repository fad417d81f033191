package eu.aireadiness.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MvcResult;

import eu.aireadiness.portal.account.Role;

/**
 * The portal's security through its real filter chain: login, CSRF, session fixation, throttling, disabled accounts,
 * the sign-in page and the audit log.
 */
class PortalSecurityTest extends SignedInPortalTest {

    @Test
    void aLoginChangesTheSessionIdAndIsAudited() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        mvc.perform(get("/login").session(session));

        // The browser presents the session it was given before signing in, as its cookie would.
        MvcResult signedIn = mvc.perform(post("/login").session(session).param("username", "otto.de")
                .param("password", PASSWORD).with(csrf()).with(from("10.1.0.1")).with(request -> {
                    request.setRequestedSessionId(before);
                    request.setRequestedSessionIdValid(true);
                    return request;
                })).andReturn();

        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signedIn.getRequest().getSession(false)).isNotNull();
        assertThat(signedIn.getRequest().getSession(false).getId()).isNotEqualTo(before);
        SecurityContext context = (SecurityContext) signedIn.getRequest().getSession(false)
                .getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString)
                .contains("ROLE_OFFICER", "COUNTRY_DE").noneMatch(a -> a.startsWith("ROLE_") && !a.equals("ROLE_OFFICER"))
                .noneMatch(a -> a.startsWith("COUNTRY_") && !a.equals("COUNTRY_DE"));
        assertThat(audit.latest(20)).anyMatch(e -> e.who().equals("otto.de") && e.address().equals("10.1.0.1")
                && e.action().equals("LOGIN") && e.outcome().equals("OK"));
    }

    @Test
    void requestsWithoutACsrfTokenAreRefusedAndAudited() throws Exception {
        assertThat(mvc.perform(post("/login").param("username", ADMIN).param("password", PASSWORD)
                .with(from("10.2.0.1"))).andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpSession admin = signIn(ADMIN, "10.2.0.2");
        assertThat(mvc.perform(post("/logout").session(admin).with(from("10.2.0.2"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/logout").session(admin).with(csrf().useInvalidToken()).with(from("10.2.0.2")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        // Still signed in: the refused logouts changed nothing.
        assertThat(mvc.perform(get("/admin/audit").session(admin)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(audit.latest(20)).anyMatch(e -> e.who().equals("anonymous") && e.address().equals("10.2.0.1")
                && e.action().equals("FORBIDDEN") && e.target().equals("POST /login")
                && e.outcome().equals("REFUSED: no valid CSRF token"));
        assertThat(audit.latest(20)).anyMatch(e -> e.who().equals(ADMIN) && e.target().equals("POST /logout")
                && e.outcome().equals("REFUSED: no valid CSRF token"));

        MvcResult out = mvc.perform(post("/logout").session(admin).with(csrf()).with(from("10.2.0.2"))).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(audit.latest(20)).anyMatch(e -> e.who().equals(ADMIN) && e.action().equals("LOGOUT"));
        assertThat(mvc.perform(get("/admin/audit").session(admin)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
    }

    @Test
    void anAccountIsThrottledAfterFiveFailuresFromAnyAddresses() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(attempt("olga.throttled", "wrong password " + i, "10.3.0." + i)).isEqualTo("/login?error");
        }
        // The right password, from a sixth address, is refused all the same; another account is not.
        assertThat(attempt("olga.throttled", PASSWORD, "10.3.0.6")).isEqualTo("/login?throttled");
        assertThat(attempt("otto.de", PASSWORD, "10.3.0.6")).isEqualTo("/");
        assertThat(audit.latest(20)).anyMatch(e -> e.who().equals("olga.throttled")
                && e.action().equals("LOGIN_THROTTLED") && e.address().equals("10.3.0.6")
                && e.outcome().equals("REFUSED: 5 failed logins of this account within 15 minutes"));
        assertThat(audit.latest(20)).filteredOn(e -> e.who().equals("olga.throttled")
                && e.action().equals("LOGIN_FAILED")).hasSize(5);
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() throws Exception {
        add("sam.typo", Role.PUBLISHER);
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= 4; i++) {
                assertThat(attempt("sam.typo", "typo " + i, "10.4.0.1")).isEqualTo("/login?error");
            }
            assertThat(attempt("sam.typo", PASSWORD, "10.4.0.1")).isEqualTo("/");
        }
    }

    @Test
    void anAddressIsThrottledAfterTwentyFailuresWhateverTheNames() throws Exception {
        for (int i = 1; i <= 20; i++) {
            assertThat(attempt("guess" + i, "password " + i, "10.5.0.1")).isEqualTo("/login?error");
        }
        assertThat(attempt(ADMIN, PASSWORD, "10.5.0.1")).isEqualTo("/login?throttled");
        assertThat(attempt(ADMIN, PASSWORD, "10.5.0.2")).isEqualTo("/");
        assertThat(audit.latest(30)).anyMatch(e -> e.who().equals(ADMIN) && e.action().equals("LOGIN_THROTTLED")
                && e.outcome().equals("REFUSED: 20 failed logins from this address within 15 minutes"));
    }

    @Test
    void aDisabledAccountsSessionEndsAtItsNextRequest() throws Exception {
        add("lena.leaver", Role.ADMIN);
        MockHttpSession session = signIn("lena.leaver", "10.6.0.1");
        assertThat(mvc.perform(get("/admin/audit").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        // What 'users disable lena.leaver' does, from its own process, to the same database.
        accounts.disable("lena.leaver");

        MvcResult next = mvc.perform(get("/admin/audit").session(session).with(from("10.6.0.1"))).andReturn();
        assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
        assertThat(attempt("lena.leaver", PASSWORD, "10.6.0.2")).isEqualTo("/login?error");
        assertThat(audit.latest(20)).anyMatch(e -> e.who().equals("lena.leaver")
                && e.action().equals("SESSION_ENDED") && e.target().equals("GET /admin/audit"));
        assertThat(audit.latest(20)).anyMatch(e -> e.who().equals("lena.leaver")
                && e.action().equals("LOGIN_FAILED") && e.outcome().equals("REFUSED: account disabled"));
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedWithTheOldOne() throws Exception {
        add("nina.newpass", Role.PUBLISHER);
        MockHttpSession session = signIn("nina.newpass", "10.6.1.1");
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .as("signed in, sent to the publisher's area").isEqualTo("/publisher");

        accounts.changePassword("nina.newpass", "a different passphrase".toCharArray());

        MvcResult next = mvc.perform(get("/").session(session).with(from("10.6.1.1"))).andReturn();
        assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(attempt("nina.newpass", "a different passphrase", "10.6.1.2")).isEqualTo("/");
        assertThat(audit.latest(20)).anyMatch(e -> e.who().equals("nina.newpass")
                && e.action().equals("SESSION_ENDED")
                && e.outcome().equals("account changed since the sign-in (a new password)"));
    }

    @Test
    void theLoginPageIsLabelledInTheReadersLanguage() throws Exception {
        String english = mvc.perform(get("/login").header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(english).contains("<label for=\"username\">Account name</label>",
                "<label for=\"password\">Password</label>", "name=\"_csrf\"", "autocomplete=\"current-password\"");
        String german = mvc.perform(get("/login?throttled").header("Accept-Language", "de-AT,de;q=0.9"))
                .andReturn().getResponse().getContentAsString();
        assertThat(german).contains("lang=\"de\"", "<label for=\"username\">Kontoname</label>",
                "Versuchen Sie es in 15 Minuten erneut.");
        var response = mvc.perform(get("/login").header("Accept-Language", "fr")).andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("Mot de passe", "Se connecter");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theAuditLogPageAndItsCsvShowWhatWasTypedSafely() throws Exception {
        String hostile = "=HYPERLINK(\"http://attacker.example/\",\"open\")";
        attempt(hostile, "whatever it is", "10.7.0.1");
        attempt("<script>alert(1)</script>", "whatever it is", "10.7.0.1");
        MockHttpSession admin = signIn(ADMIN, "10.7.0.2");

        String page = mvc.perform(get("/admin/audit").session(admin).param("action", "login_failed"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("<th scope=\"col\">Who</th>", "10.7.0.1").doesNotContain("<td>LOGIN</td>");

        var csv = mvc.perform(get("/admin/audit.csv").session(admin)).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"audit-log.csv\"");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.getContentAsString())).getRecords();
        assertThat(rows).anyMatch(r -> r.get("who").equals("'" + hostile) && r.get("action").equals("LOGIN_FAILED")
                && r.get("address").equals("10.7.0.1"));
        assertThat(rows).noneMatch(r -> r.get("who").startsWith("="));
        assertThat(audit.latest(5)).anyMatch(e -> e.who().equals(ADMIN) && e.action().equals("DOWNLOAD")
                && e.target().equals("/admin/audit.csv"));
    }
}
