package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.aireadiness.framework.Checksums;
import eu.aireadiness.pipeline.EditionWorkspace;
import eu.aireadiness.portal.account.UsersCommand;

/**
 * The portal as its users meet it: a real headless Chromium (Debian's, driven by Selenium through Debian's
 * chromedriver) against the portal on a real port with the real watcher, signing in through the login form with
 * accounts added by the users command. Each page visited is checked with axe-core, injected into the page; a serious
 * or critical violation fails the test. With {@code -Dportal.screenshots=docs/img} it also writes the README's
 * screenshots, one per role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet", "readiness.command=watch", "readiness.watch.poll=200ms",
        "readiness.watch.publish-cron="})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext // stops the watcher once the class is done
class PortalInBrowserTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-portal-browser");
    private static final String PASSWORD = "a long test password";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("target/axe/package/axe.min.js");
    private static final Duration FEEDBACK_WAIT = Duration.ofSeconds(60);

    static {
        // The accounts an operator adds with the users command before the portal starts.
        UsersCommand.add(WORKSPACE.database(), PASSWORD, "anna.admin", "--role", "admin");
        UsersCommand.add(WORKSPACE.database(), PASSWORD, "officer-hu", "--role", "officer", "--country", "HU");
        UsersCommand.add(WORKSPACE.database(), PASSWORD, "paul.publisher", "--role", "publisher");
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ChromeDriver browser;
    private static String axeSource;
    /** One line per page checked by axe, printed when the class is done. */
    private static final List<String> AXE_RESULTS = new ArrayList<>();

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Runs before Spring starts, so that a machine without the tools skips (or fails) at once. */
    @BeforeAll
    static void startBrowser() throws IOException {
        boolean ci = System.getenv("CI") != null;
        if (!Files.isRegularFile(AXE)) {
            String message = "axe-core is missing (" + AXE + "): `make test` fetches it (npm pack axe-core@4.14.1)";
            if (ci || onPath("npm")) {
                fail(message);
            }
            assumeTrue(false, message + "; npm is not on the PATH, so the browser test is skipped");
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium is missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): install Debian's packages"
                    + " with `apt-get install chromium chromium-driver`, as .ci/run does";
            if (ci) {
                fail(message);
            }
            assumeTrue(false, message + "; the browser test is skipped outside CI");
        }
        axeSource = Files.readString(AXE);
        // Debian's driver, named here so that Selenium Manager never looks for (or downloads) another.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        browser = new ChromeDriver(options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
        AXE_RESULTS.forEach(line -> System.out.println("axe-core: " + line));
    }

    @Test
    @Order(1)
    void anOfficerSendsFilesAndSeesTheirFeedbackButNoOtherCountry() throws Exception {
        waitUntil(() -> jdbc.queryForObject("SELECT COUNT(*) FROM submission", Integer.class) == 53,
                Duration.ofMinutes(2), "the 53 sample files to be taken in by the watcher");
        open("/login");
        checkAccessibility("login");
        // By keyboard alone: the name field has the focus, Tab leads to the password, Enter sends the form.
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("username");
        browser.switchTo().activeElement().sendKeys("officer-hu", Keys.TAB);
        browser.switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
        waitForPage(url -> url.endsWith("/officer"), "signed in as officer-hu by keyboard");
        checkAccessibility("officer's countries");
        // The first Tab shows the link that skips the header.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getRect().getX()).isNotNegative();
        browser.findElement(By.linkText("Hungary (HU)")).click();
        waitForPage(url -> url.endsWith("/officer/HU"), "on Hungary's page");
        assertThat(heading()).isEqualTo("Hungary (HU)");
        checkAccessibility("officer's country");

        // Hungary's 2026 figures: its 2025 file with the year changed, as the pipeline's own tests make them.
        Path folder = Files.createDirectories(WORKSPACE.root().resolve("officers-desk"));
        Path valid = Files.writeString(folder.resolve("HU 2026 figures.csv"), hungary2026());
        upload(valid);
        waitForPage(url -> url.endsWith("/officer/HU/feedback?file=HU_2026_figures.csv"), "on the file's feedback");
        waitForFeedback();
        assertThat(browser.findElement(By.cssSelector(".message strong")).getText()).isEqualTo("Accepted");
        assertThat(browser.findElement(By.cssSelector(".message")).getText())
                .contains("ACCEPTED as version 1 of HU's submission for 2026");
        checkAccessibility("feedback, accepted");

        List<String> lines = new ArrayList<>(hungary2026().lines().toList());
        // Line 3 of the file (the second indicator) gets a value that is no number, line 5 an unknown indicator.
        lines.set(2, lines.get(2).replaceFirst(",[0-9.]+,", ",five,"));
        lines.set(4, lines.get(4).replaceFirst("^HU,2026,[A-Z0-9]+,", "HU,2026,NOPE9,"));
        Path withErrors = Files.writeString(folder.resolve("HU_errors.csv"), String.join("\n", lines) + "\n");
        open("/officer/HU");
        upload(withErrors);
        waitForPage(url -> url.endsWith("/officer/HU/feedback?file=HU_errors.csv"), "on the file's feedback");
        waitForFeedback();
        assertThat(browser.findElement(By.cssSelector(".message")).getText())
                .contains("REJECTED: the file has 2 error(s)");
        List<CSVRecord> errors = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(WORKSPACE.input().resolve("HU/HU_errors.csv.feedback.csv"))))
                .getRecords().stream().filter(r -> r.get("severity").equals("ERROR")).toList();
        assertThat(errors).extracting(r -> r.get("row")).containsExactly("3", "5");
        List<List<String>> shown = browser.findElements(By.cssSelector("table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        for (CSVRecord error : errors) {
            // Row, column, value found, severity, rule, what to do: as the feedback file says.
            assertThat(shown).contains(List.of(error.get("row"), error.get("column"), error.get("value"), "ERROR",
                    error.get("rule"), error.get("message")));
        }
        checkAccessibility("feedback, rejected");

        open("/officer/HU");
        assertThat(browser.findElements(By.cssSelector("table[aria-labelledby=history] tbody tr")).stream()
                .map(WebElement::getText).toList())
                .anySatisfy(row -> assertThat(row).contains("HU_2026_figures.csv", "2026", "Accepted", "officer-hu"))
                .anySatisfy(row -> assertThat(row).contains("HU_errors.csv", "Rejected", "officer-hu"));
        screenshot("portal-officer.png", true);
        open("/officer/HU?lang=de");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
        checkAccessibility("officer's country, German");
        open("/officer/HU?lang=en");

        int refusals = forbiddenCount();
        open("/officer/DE");
        assertThat(heading()).isEqualTo("Not one of your countries");
        checkAccessibility("another country, refused");
        assertThat(statusWithSession("/officer/DE")).isEqualTo(403);
        assertThat(statusWithSession("/officer/DE/feedback?file=AIRI_2026_DE.csv")).isEqualTo(403);
        assertThat(forbiddenCount()).isEqualTo(refusals + 3);
        signOut();
    }

    @Test
    @Order(2)
    void theAdminSeesTheRejectedCountryHighlightedAndPublishes() throws IOException {
        signIn("anna.admin");
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
        // The sample: Slovakia's 2026 file has three deliberate errors.
        WebElement slovakia = countryRow("Slovakia (SK)");
        assertThat(slovakia.getDomAttribute("class")).contains("attention");
        WebElement result = slovakia.findElement(By.cssSelector("td.status-rejected"));
        assertThat(result.getText()).isEqualTo("Rejected (needs attention)");
        // Highlighted as the browser draws it: the rejected colours and the thick left border.
        assertThat(result.getCssValue("background-color")).isEqualTo("rgba(253, 236, 234, 1)");
        assertThat(slovakia.findElement(By.tagName("th")).getCssValue("border-left-width")).isEqualTo("6px");
        assertThat(countryRow("Germany (DE)").findElement(By.tagName("th")).getCssValue("border-left-width"))
                .isEqualTo("1px");
        // Hungary's upload of the first test is what the status shows now.
        assertThat(countryRow("Hungary (HU)").getText()).doesNotContain("No file received");
        checkAccessibility("admin's status");
        screenshot("portal-admin.png", true);
        open("/admin?lang=fr");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        checkAccessibility("admin's status, French");
        open("/admin?lang=en");

        slovakia = countryRow("Slovakia (SK)");
        slovakia.findElement(By.tagName("a")).click();
        waitForPage(url -> url.contains("/admin/SK/feedback"), "on Slovakia's feedback");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).contains("REJECTED");
        checkAccessibility("admin's feedback of a country");

        open("/admin/audit");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("officer-hu", "FORBIDDEN");
        checkAccessibility("admin's audit log");

        open("/admin");
        browser.findElement(By.partialLinkText("Publish edition 2026")).click();
        waitForPage(url -> url.endsWith("/admin/publish?edition=2026"), "on the confirmation");
        checkAccessibility("admin's confirmation");
        browser.findElement(By.cssSelector("form.confirm button")).click();
        waitForPage(url -> url.endsWith("/admin/publication"), "on the publication's progress");
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.tagName("main")).getText().contains("Finished at"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("edition 2026 published in");
        checkAccessibility("admin's publication");
        signOut();
    }

    @Test
    @Order(3)
    void thePublisherDownloadsTheZipWhoseChecksumTheManifestGives() throws Exception {
        signIn("paul.publisher");
        assertThat(browser.getCurrentUrl()).endsWith("/publisher");
        checkAccessibility("publisher's editions");
        screenshot("portal-publisher.png", false);

        JsonNode manifest = JsonMapper.shared().readTree(new String(download(
                browser.findElement(By.partialLinkText("Manifest with the checksum")).getDomProperty("href")),
                StandardCharsets.UTF_8));
        String expected = null;
        for (JsonNode file : manifest.path("files")) {
            if (file.path("path").asString().equals("AIRI-2026.zip")) {
                expected = file.path("sha256").asString();
            }
        }
        assertThat(expected).as("the manifest lists the zip").isNotNull();
        WebElement zipLink = browser.findElement(By.partialLinkText("The whole edition in one file: AIRI-2026.zip"));
        byte[] zip = download(zipLink.getDomProperty("href"));
        assertThat(HexFormat.of().formatHex(Checksums.newDigest().digest(zip))).isEqualTo(expected);
        assertThat(zip).isEqualTo(Files.readAllBytes(WORKSPACE.output().resolve("2026/AIRI-2026.zip")));
        signOut();
    }

    private void signIn(String name) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForPage(url -> !url.contains("/login"), "signed in as " + name);
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        waitForPage(url -> url.endsWith("/login?logout"), "signed out");
    }

    /** A click returns before the page it leads to may have loaded. */
    private void waitForPage(Predicate<String> url, String what) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> url.test(b.getCurrentUrl()));
        } catch (TimeoutException e) {
            throw new AssertionError("not " + what + ": " + browser.getCurrentUrl() + " says "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
    }

    /** The feedback page refreshes itself until the watcher has taken the file in. */
    private void waitForFeedback() {
        new WebDriverWait(browser, FEEDBACK_WAIT, Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElements(By.cssSelector("script[src$='refresh.js']")).isEmpty()
                        && !b.findElements(By.id("problems")).isEmpty());
    }

    private WebElement countryRow(String country) {
        return browser.findElement(By.xpath("//tr[th[@scope='row' and text()='" + country + "']]"));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private int forbiddenCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'FORBIDDEN' AND actor = 'officer-hu'",
                Integer.class);
    }

    /** The status code of a page asked for with the browser's session, which WebDriver does not show. */
    private int statusWithSession(String path) throws IOException, InterruptedException {
        return withSession("http://127.0.0.1:" + port + path, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private byte[] download(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = withSession(url, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private <T> HttpResponse<T> withSession(String url, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
                body);
    }

    /**
     * Runs axe-core on the page as the browser shows it and fails on any violation of impact serious or critical,
     * naming the rule, where it is and what would help.
     */
    private void checkAccessibility(String page) {
        browser.executeScript(axeSource);
        String json = (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then(r => done(JSON.stringify({
                    passes: r.passes.length,
                    violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))}))
                }))).catch(e => done(JSON.stringify({error: String(e)})));
                """);
        JsonNode result = JsonMapper.shared().readTree(json);
        assertThat(result.path("error").isMissingNode()).as("axe-core on %s: %s", page, json).isTrue();
        List<String> serious = new ArrayList<>();
        List<String> lesser = new ArrayList<>();
        for (JsonNode violation : result.path("violations")) {
            String impact = violation.path("impact").asString();
            String line = violation.path("id").asString() + " (" + impact + ") at " + violation.path("targets")
                    + ": " + violation.path("help").asString();
            (impact.equals("serious") || impact.equals("critical") ? serious : lesser).add(line);
        }
        AXE_RESULTS.add(page + " (" + browser.getCurrentUrl().replaceFirst("^http://[^/]+", "") + "): "
                + result.path("passes").asInt() + " rules passed, " + serious.size() + " serious or critical"
                + (lesser.isEmpty() ? "" : ", lesser: " + lesser));
        assertThat(serious).as("axe-core's serious or critical violations on the %s page (%s)", page,
                browser.getCurrentUrl()).isEmpty();
    }

    /**
     * Writes the page as the browser draws it when -Dportal.screenshots names a folder (the README's docs/img): the
     * window's view, or the whole page's length.
     */
    private static void screenshot(String name, boolean wholePage) throws IOException {
        String folder = System.getProperty("portal.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Map<String, Object> area = new java.util.HashMap<>(Map.of("format", "png"));
        if (wholePage) {
            browser.executeScript("window.scrollTo(0, 0)");
            Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
            Number width = (Number) browser.executeScript("return document.documentElement.clientWidth");
            area.put("captureBeyondViewport", true);
            area.put("clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1));
        }
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", area);
        Path target = Files.createDirectories(Path.of(folder)).resolve(name);
        Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static String hungary2026() throws IOException {
        return Files.readString(Path.of("input/HU/HU_AIRI_2025.csv")).replace(",2025,", ",2026,");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    private static void waitUntil(BooleanSupplier done, Duration limit, String what) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + limit + " for " + what);
            }
            Thread.sleep(200);
        }
    }
}
