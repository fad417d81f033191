package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.pipeline.EditionWorkspace;

/**
 * An officer's pages with the real watcher running (as under {@code serve}): an upload is taken in by the one intake
 * as a dropped file, and its feedback shows on the page; other countries are refused and the refusal recorded.
 */
// Signed in with spring-security-test's users, not accounts of the table: the start needs no admin account.
@SpringBootTest(properties = {"spring.main.web-application-type=servlet", "readiness.command=watch",
        "readiness.watch.poll=200ms", "readiness.watch.publish-cron=", "readiness.portal.admin-check=false"})
@AutoConfigureMockMvc
@DirtiesContext // stops the watcher once the class is done
class OfficerPortalTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-portal-officer");

    /** The settle interval the upload must not wait (DropFolders.DEFAULT_SETTLE). */
    private static final Duration SETTLE = Duration.ofSeconds(10);

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private static final RequestPostProcessor HUNGARY = user("officer-hu").roles("OFFICER")
            .authorities(() -> "ROLE_OFFICER", () -> "COUNTRY_HU");

    @BeforeAll
    static void sampleTakenIn(@Autowired JdbcTemplate jdbc) throws InterruptedException {
        waitUntil(() -> jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class) == 53,
                Duration.ofMinutes(2), "the 53 sample files to be taken in by the watcher");
    }

    @Test
    void aValidUploadIsAcceptedWithItsVersionWithinSeconds() throws Exception {
        // Hungary's 2026 figures: its 2025 file with the year changed, as the pipeline's own tests make them.
        byte[] figures = hungary2026().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        MvcResult sent = mvc.perform(multipart("/officer/HU/upload")
                        .file(new MockMultipartFile("file", "HU 2026 figures.csv", "text/csv", figures))
                        .with(HUNGARY).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String feedbackPage = sent.getResponse().getRedirectedUrl();
        assertThat(feedbackPage).isEqualTo("/officer/HU/feedback?file=HU_2026_figures.csv");
        Path stored = WORKSPACE.input().resolve("HU/HU_2026_figures.csv");
        assertThat(stored).hasBinaryContent(figures);

        String waiting = page(feedbackPage);
        String html = waiting;
        while (!html.contains("ACCEPTED as version") && System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
            assertThat(html).as("refreshes itself, and says how to stop it").contains("js/refresh.js", "refresh=off");
            Thread.sleep(100);
            html = page(feedbackPage);
        }
        Duration uploadToFeedback = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("Upload to feedback on the page: " + uploadToFeedback.toMillis() + " ms");
        assertThat(html).contains("ACCEPTED as version 1 of HU&#39;s submission for 2026")
                .doesNotContain("js/refresh.js");
        assertThat(uploadToFeedback).as("the upload does not wait the settle interval").isLessThan(SETTLE);
        PortalPagesTest.assertAccessible(html);

        String country = page("/officer/HU");
        String sha256 = HexFormat.of().formatHex(Checksums.newDigest().digest(figures));
        assertThat(country).contains("HU_2026_figures.csv", sha256, "officer-hu", "Accepted");
        assertThat(jdbc.queryForObject("SELECT original_name FROM portal_upload WHERE sha256 = ?", String.class,
                sha256)).isEqualTo("HU 2026 figures.csv");

        // The same bytes again: answered as received before, not stored, and listed among the uploads the history
        // does not hold.
        String again = mvc.perform(multipart("/officer/HU/upload")
                        .file(new MockMultipartFile("file", "HU again.csv", "text/csv", figures))
                        .with(HUNGARY).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(waitForFeedback(again)).contains("ALREADY RECEIVED: the file is identical to HU_2026_figures.csv");
        assertThat(page("/officer/HU")).contains("HU_again.csv", "HU again.csv",
                "Already received: the same file came before");
        assertThat(jdbc.queryForList("SELECT target || ' ' || outcome FROM audit_event WHERE action = 'UPLOAD'"
                + " AND actor = 'officer-hu' AND target LIKE 'HU/HU_2026_figures.csv%'", String.class))
                .containsExactly("HU/HU_2026_figures.csv (sent as 'HU 2026 figures.csv') stored, " + figures.length
                        + " bytes, SHA-256 " + sha256);
    }

    @Test
    void aFileWithErrorsShowsEachErrorsRowAndFix() throws Exception {
        List<String> lines = new ArrayList<>(hungary2026().lines().toList());
        // Line 3 of the file (the second indicator) gets a value that is no number, line 5 an unknown indicator.
        lines.set(2, lines.get(2).replaceFirst(",[0-9.]+,", ",five,"));
        lines.set(4, lines.get(4).replaceFirst("^HU,2026,[A-Z0-9]+,", "HU,2026,NOPE9,"));
        byte[] file = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        String feedbackPage = mvc.perform(multipart("/officer/HU/upload")
                        .file(new MockMultipartFile("file", "HU_errors.csv", "text/csv", file))
                        .with(HUNGARY).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String html = waitForFeedback(feedbackPage);

        assertThat(html).contains("REJECTED: the file has 2 error(s)");
        Path csv = WORKSPACE.input().resolve("HU/HU_errors.csv.feedback.csv");
        List<CSVRecord> errors = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords().stream()
                .filter(r -> r.get("severity").equals("ERROR")).toList();
        assertThat(errors).extracting(r -> r.get("row")).containsExactly("3", "5");
        for (CSVRecord error : errors) {
            assertThat(html).contains("<td class=\"number\">" + error.get("row") + "</td>",
                    HtmlUtils.htmlEscape(error.get("message")));
        }
        assertThat(html).contains("five", "NOPE9");

        String download = mvc.perform(get("/officer/HU/feedback.csv").param("file", "HU_errors.csv").with(HUNGARY))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(download).isEqualTo(Files.readString(csv));
    }

    @Test
    void anotherCountryIsRefusedAndTheAttemptRecorded() throws Exception {
        int before = auditCount("FORBIDDEN", "officer-hu");
        mvc.perform(get("/officer/DE").with(HUNGARY)).andExpect(status().isForbidden());
        mvc.perform(get("/officer/de").with(HUNGARY)).andExpect(status().isForbidden());
        mvc.perform(get("/officer/DE/feedback").param("file", "AIRI_2026_DE.csv").with(HUNGARY))
                .andExpect(status().isForbidden());
        mvc.perform(get("/officer/DE/feedback.csv").param("file", "AIRI_2026_DE.csv").with(HUNGARY))
                .andExpect(status().isForbidden());
        mvc.perform(get("/officer/DE/template").param("edition", "2026").with(HUNGARY))
                .andExpect(status().isForbidden());
        try (Stream<Path> before2 = Files.list(WORKSPACE.input().resolve("DE"))) {
            long files = before2.count();
            mvc.perform(multipart("/officer/DE/upload")
                            .file(new MockMultipartFile("file", "DE.csv", "text/csv", new byte[] {1, 2, 3}))
                            .with(HUNGARY).with(csrf()))
                    .andExpect(status().isForbidden());
            try (Stream<Path> after = Files.list(WORKSPACE.input().resolve("DE"))) {
                assertThat(after.count()).isEqualTo(files);
            }
        }
        assertThat(auditCount("FORBIDDEN", "officer-hu")).isEqualTo(before + 6);
    }

    @Test
    void aHostileNameIsStoredSafelyAndAWrongTypeRefused() throws Exception {
        // Content that is rejected, so that the valid upload of the other test stays version 1 in any order.
        byte[] figures = "not,a,submission\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/officer/HU/upload")
                        .file(new MockMultipartFile("file", "../../DE/\u0007.evil.csv", "text/csv", figures))
                        .with(HUNGARY).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(WORKSPACE.input().resolve("HU/evil.csv")).hasBinaryContent(figures);
        assertThat(WORKSPACE.input().resolve("DE/.evil.csv")).doesNotExist();
        assertThat(WORKSPACE.input().resolve("DE/evil.csv")).doesNotExist();

        mvc.perform(multipart("/officer/HU/upload")
                        .file(new MockMultipartFile("file", "figures.pdf", "application/pdf", figures))
                        .with(HUNGARY).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("refusal")).isEqualTo("portal.upload.refused.extension"));
        assertThat(WORKSPACE.input().resolve("HU/figures.pdf")).doesNotExist();
        assertThat(WORKSPACE.input().resolve("HU/figures.csv")).doesNotExist();
    }

    @Test
    void anUploadOverTheLimitIsNotKept() throws Exception {
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'x');
        mvc.perform(multipart("/officer/HU/upload")
                        .file(new MockMultipartFile("file", "large.csv", "text/csv", large))
                        .with(HUNGARY).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("refusal")).isEqualTo("portal.upload.refused.size"));
        try (Stream<Path> files = Files.list(WORKSPACE.input().resolve("HU"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("large") || name.startsWith(".upload-"));
        }
    }

    @Test
    void theTemplateOfTheOpenEditionIsTheCountrysWorkbook() throws Exception {
        byte[] workbook = mvc.perform(get("/officer/HU/template").param("edition", "2026").param("language", "en")
                        .with(HUNGARY))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(workbook));
             var xssf = new org.apache.poi.xssf.usermodel.XSSFWorkbook(book)) {
            assertThat(xssf.getNumberOfSheets()).isPositive();
        }
        assertThat(WORKSPACE.output().resolve("templates/2026/AIRI_2026_HU_template_en.xlsx")).hasBinaryContent(workbook);
        String page = page("/officer/HU");
        assertThat(page).contains("/officer/HU/template?edition=2026&amp;language=en")
                .contains("European AI Readiness Index 2026: open for submissions. Please send your files by"
                        + " 2026-11-13; files are still taken in until the edition is published, planned for 2026-12-01.");
        mvc.perform(get("/officer/HU/template").param("edition", "2026").param("language", "../x").with(HUNGARY))
                .andExpect(status().isNotFound());
    }

    private String waitForFeedback(String url) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String html = page(url);
        while (html.contains("js/refresh.js") && System.nanoTime() < end) {
            Thread.sleep(100);
            html = page(url);
        }
        return html;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(HUNGARY)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int auditCount(String action, String who) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?", Integer.class,
                action, who);
    }

    private static String hungary2026() throws IOException {
        return Files.readString(Path.of("input/HU/HU_AIRI_2025.csv")).replace(",2025,", ",2026,");
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, Duration limit, String what)
            throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + limit + " for " + what);
            }
            Thread.sleep(200);
        }
    }
}
