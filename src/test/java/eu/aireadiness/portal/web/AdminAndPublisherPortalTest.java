package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.pipeline.EditionWorkspace;
import eu.aireadiness.pipeline.IntakeRun;
import eu.aireadiness.pipeline.ReadinessProperties;

/**
 * The admin's status of the countries and the publication they start, then the publisher's downloads of what it
 * wrote: in this order, on one workspace, the real job and real files.
 */
// Signed in with spring-security-test's users, not accounts of the table: the start needs no admin account.
@SpringBootTest(properties = {"spring.main.web-application-type=servlet", "readiness.portal.admin-check=false"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminAndPublisherPortalTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-portal-admin");

    private static final RequestPostProcessor ADMIN = user("admin-1").roles("ADMIN");
    private static final RequestPostProcessor PUBLISHER = user("publisher-1").roles("PUBLISHER");

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void theAdminSeesRejectedAndMissingCountriesHighlightedWithReasonsAndFeedback(@Autowired IntakeRun intake,
            @Autowired ReadinessProperties settings) throws Exception {
        assertThat(intake.run(settings).success()).isTrue();

        String html = page("/admin", ADMIN);
        // The sample: Slovakia's 2026 file has three deliberate errors; Hungary sent no 2026 file.
        String slovakia = row(html, "Slovakia (SK)");
        assertThat(slovakia).startsWith("<tr class=\"attention\">").contains("Rejected (needs attention)");
        CSVRecord firstError = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(WORKSPACE.input().resolve(
                        "SK/SK_AIRI_2026.csv.feedback.csv")))).getRecords().stream()
                .filter(r -> r.get("severity").equals("ERROR")).findFirst().orElseThrow();
        assertThat(slovakia).contains(HtmlUtils.htmlEscape(firstError.get("message")))
                .contains("href=\"/admin/SK/feedback?file=SK_AIRI_2026.csv\"");
        assertThat(row(html, "Hungary (HU)")).startsWith("<tr class=\"attention\">")
                .contains("No file received (needs attention)");
        assertThat(row(html, "Germany (DE)")).startsWith("<tr>").contains("Accepted");

        String feedback = page("/admin/SK/feedback?file=SK_AIRI_2026.csv", ADMIN);
        assertThat(feedback).contains(HtmlUtils.htmlEscape(firstError.get("message")));
        assertThat(feedback).contains("href=\"/admin/SK/feedback.csv?file=SK_AIRI_2026.csv\"");
        PortalPagesTest.assertAccessible(feedback);
        byte[] csv = mvc.perform(get("/admin/SK/feedback.csv").param("file", "SK_AIRI_2026.csv").with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).isEqualTo(Files.readAllBytes(WORKSPACE.input().resolve("SK/SK_AIRI_2026.csv.feedback.csv")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'DOWNLOAD' AND actor ="
                + " 'admin-1' AND target = 'SK/SK_AIRI_2026.csv.feedback.csv'", Integer.class)).isEqualTo(1);
        PortalPagesTest.assertAccessible(html);
        mvc.perform(get("/admin/SK/feedback").param("file", "../DE/AIRI_2026_DE.csv").with(ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(2)
    void theAdminConfirmsThenThePublicationRunsAsTheRunCommandsJob() throws Exception {
        assertThat(page("/admin/publish?edition=2026", ADMIN)).contains("Yes, publish edition 2026");
        assertThat(page("/admin/publish?edition=2025", ADMIN)).contains("Edition 2025 is published")
                .doesNotContain("Yes, publish");

        mvc.perform(post("/admin/publish").param("edition", "2026").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/publication"));
        long end = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        String html = page("/admin/publication", ADMIN);
        while (html.contains("js/refresh.js") && System.nanoTime() < end) {
            Thread.sleep(500);
            html = page("/admin/publication", ADMIN);
        }
        assertThat(html).contains("Finished at").contains("edition 2026 published in "
                + WORKSPACE.output().resolve("2026").toAbsolutePath().normalize());
        assertThat(jdbc.queryForList("SELECT outcome FROM audit_event WHERE action = 'PUBLISH' AND actor = 'admin-1'"
                + " ORDER BY id", String.class)).hasSize(2).first().isEqualTo("started");
    }

    @Test
    @Order(3)
    void thePublisherDownloadsTheZipWhoseChecksumTheManifestGives() throws Exception {
        Path edition = WORKSPACE.output().resolve("2026");
        JsonNode manifest = JsonMapper.shared().readTree(Files.readString(edition.resolve("manifest.json")));
        String expected = null;
        for (JsonNode file : manifest.path("files")) {
            if (file.path("path").asString().equals("AIRI-2026.zip")) {
                expected = file.path("sha256").asString();
            }
        }
        assertThat(expected).isNotNull();

        String html = page("/publisher", PUBLISHER);
        assertThat(html).contains("href=\"/publisher/2026/file?path=AIRI-2026.zip\"", expected)
                .doesNotContain("SK_AIRI_2026.csv");
        byte[] zip = mvc.perform(get("/publisher/2026/file").param("path", "AIRI-2026.zip").with(PUBLISHER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(HexFormat.of().formatHex(Checksums.newDigest().digest(zip))).isEqualTo(expected);
        assertThat(mvc.perform(get("/publisher/2026/file").param("path", "manifest.json").with(PUBLISHER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(Files.readAllBytes(edition.resolve("manifest.json")));

        Files.writeString(edition.resolve("not-listed.txt"), "written after the manifest");
        for (String path : new String[] {"not-listed.txt", "../../input/countries.csv", "/etc/passwd",
                "profiles/../../2026/manifest.json", "../2026/AIRI-2026.zip"}) {
            mvc.perform(get("/publisher/2026/file").param("path", path).with(PUBLISHER))
                    .andExpect(status().isNotFound());
        }
    }

    /** The table row whose header cell names the country. */
    private static String row(String html, String country) {
        Matcher row = Pattern.compile("<tr[^>]*>\\s*<th scope=\"row\">" + Pattern.quote(country) + "</th>.*?</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row for " + country).isTrue();
        return row.group();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
