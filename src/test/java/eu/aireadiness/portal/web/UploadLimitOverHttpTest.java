package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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

/**
 * An upload over the intake's size limit, sent to a real server as a browser sends it (with its length): it is
 * refused before its body is read, ahead of the login and CSRF checks that would make the container parse it, and
 * the officer is sent to a page that says why; nothing reaches the drop folder. The limit is lowered to 1 MB here so that the test sends little.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet", "readiness.intake.max-file-size=1MB",
        "spring.security.user.name=officer-hu", "spring.security.user.password=a-test-password",
        "spring.security.user.roles=OFFICER"})
class UploadLimitOverHttpTest {

    private static final PortalWorkspace WORKSPACE = PortalWorkspace.create("airi-portal-limit");

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
        String login = "Basic " + Base64.getEncoder().encodeToString("officer-hu:a-test-password"
                .getBytes(StandardCharsets.UTF_8));
        String page = client.send(HttpRequest.newBuilder(uri("/officer")).header("Authorization", login).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as(page).isTrue();
        long before = filesIn("HU");

        String boundary = "portal-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes("x".repeat(1024 * 1024 + 512 * 1024).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(uri("/officer/HU/upload?_csrf="
                                + token.group(1)))
                        .header("Authorization", login)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(303);
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/officer/too-large");
        String explained = client.send(HttpRequest.newBuilder(uri(location)).header("Authorization", login).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(explained).contains("File too large", "larger than 1,048,576 bytes");
        assertThat(filesIn("HU")).isEqualTo(before);
        // Recorded before the login check: the account is the session's under the portal's form login; Basic
        // authentication, used here, keeps none, so only the address and the refusal are checked.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'UPLOAD' AND address ="
                + " '127.0.0.1' AND target = '/officer/HU/upload' AND outcome = 'refused: " + body.size() + " bytes declared, over the limit of "
                + (1024 * 1024 + 64 * 1024) + "; not read'", Integer.class)).isEqualTo(1);
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
