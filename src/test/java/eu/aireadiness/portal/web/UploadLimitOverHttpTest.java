package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.aireadiness.pipeline.EditionWorkspace;
import eu.aireadiness.portal.account.UsersCommand;

/**
 * An upload over the intake's size limit, sent to a real server as a browser sends it (with its length): it is
 * refused before its body is read, ahead of the login and CSRF checks that would make the container parse it, and
 * the officer is sent to a page that says why; nothing reaches the drop folder. The limit is lowered to 1 MB here so that the test sends little.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet", "readiness.intake.max-file-size=1MB"})
class UploadLimitOverHttpTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-portal-limit");
    private static final String PASSWORD = "a long test password";

    static {
        // The accounts an operator adds with the users command before the portal starts.
        UsersCommand.add(WORKSPACE.database(), PASSWORD, "anna.admin", "--role", "admin");
        UsersCommand.add(WORKSPACE.database(), PASSWORD, "officer-hu", "--role", "officer", "--country", "HU");
    }

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsStored() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String signIn = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=officer-hu&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrfToken(signIn)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
        String page = client.send(HttpRequest.newBuilder(uri("/officer")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String token = csrfToken(page);
        long before = filesIn("HU");

        String boundary = "portal-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes("x".repeat(1024 * 1024 + 512 * 1024).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(uri("/officer/HU/upload?_csrf=" + token))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(303);
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/officer/too-large");
        String explained = client.send(HttpRequest.newBuilder(uri(location)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(explained).contains("File too large", "larger than 1,048,576 bytes");
        assertThat(filesIn("HU")).isEqualTo(before);
        // Recorded before the body is read, with the account of the session.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'UPLOAD' AND actor ="
                + " 'officer-hu' AND address ="
                + " '127.0.0.1' AND target = '/officer/HU/upload' AND outcome = 'refused: " + body.size() + " bytes declared, over the limit of "
                + (1024 * 1024 + 64 * 1024) + "; not read'", Integer.class)).isEqualTo(1);
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as(page).isTrue();
        return token.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static long filesIn(String country) throws java.io.IOException {
        try (Stream<Path> files = Files.list(WORKSPACE.input().resolve(country))) {
            return files.count();
        }
    }
}
