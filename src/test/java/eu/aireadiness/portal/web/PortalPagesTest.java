package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.aireadiness.pipeline.EditionWorkspace;

/**
 * Every page in every language: the language a person asked for (link, browser), every text found, and what a
 * keyboard or screen-reader user needs: a skip link first, a main landmark it leads to, every field labelled,
 * table headers with their scope.
 */
// Signed in with spring-security-test's users, not accounts of the table: the start needs no admin account.
@SpringBootTest(properties = {"spring.main.web-application-type=servlet", "readiness.portal.admin-check=false"})
@AutoConfigureMockMvc
class PortalPagesTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-portal-pages");

    private static final RequestPostProcessor ALL_ROLES = user("everyone").authorities(() -> "ROLE_OFFICER",
            () -> "ROLE_PUBLISHER", () -> "ROLE_ADMIN", () -> "COUNTRY_DE");

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "/officer, en, Your countries", "/officer, de, Ihre Länder", "/officer, fr, Vos pays",
            "/officer/DE, en, Send a file", "/officer/DE, de, Datei senden", "/officer/DE, fr, Envoyer un fichier",
            "/publisher, en, No edition has been published yet.", "/publisher, de, Veröffentlichungen",
            "/publisher, fr, Aucune édition n’a encore été publiée.",
            "/admin, en, No file received (needs attention)", "/admin, de, Keine Datei eingegangen",
            "/admin, fr, Aucun fichier reçu",
            "/admin/publish?edition=2026, en, 'Yes, publish edition 2026'", "/admin/publish?edition=2026, de, Ja",
            "/admin/publish?edition=2026, fr, 'Oui, publier l’édition 2026'",
            "/admin/publication, en, No publication has been started", "/admin/publication, de, Prozess",
            "/admin/publication, fr, processus",
    })
    void thePageIsInTheLanguageAskedForAndUsableByKeyboard(String url, String language, String text)
            throws Exception {
        String byBrowser = page(url, language + ",en;q=0.5", null);
        assertThat(byBrowser).contains("<html lang=\"" + language + "\"").contains(html(text)).doesNotContain("??");
        assertAccessible(byBrowser);

        // The language link wins over the browser's language, and is remembered in a cookie.
        MvcResult chosen = mvc.perform(get(url + (url.contains("?") ? "&" : "?") + "lang=" + language)
                .header("Accept-Language", "en").with(ALL_ROLES)).andReturn();
        assertThat(chosen.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<html lang=\"" + language + "\"");
        Cookie cookie = chosen.getResponse().getCookie(PortalLocales.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(page(url, "en", cookie)).contains("<html lang=\"" + language + "\"");
    }

    @Test
    void aLanguageThePortalLacksGivesEnglishAndTheLinksKeepThePagesParameters() throws Exception {
        String html = page("/admin/publish?edition=2026", "es,it;q=0.8", null);
        assertThat(html).contains("<html lang=\"en\"")
                .contains("href=\"/admin/publish?edition=2026&amp;lang=de\" lang=\"de\"")
                .contains(">Deutsch<", ">Français<", ">English<");
    }

    @Test
    void anotherCountrysPageSaysWhyInTheOfficersLanguage() throws Exception {
        String html = mvc.perform(get("/officer/FR").header("Accept-Language", "fr").with(ALL_ROLES))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Pas l’un de vos pays", "a été enregistrée");
        assertAccessible(html);
    }

    /** The checks a keyboard and a screen reader need, on the HTML as sent. */
    static void assertAccessible(String html) {
        Matcher firstFocusable = Pattern.compile("<(a|button|input|select|textarea)\\b[^>]*>").matcher(html);
        assertThat(firstFocusable.find()).isTrue();
        assertThat(firstFocusable.group()).contains("class=\"skip-link\"").contains("href=\"#main\"");
        assertThat(html).contains("<main id=\"main\" tabindex=\"-1\">");
        assertThat(html).containsPattern("<h1>[^<]+</h1>");
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(html);
        List<String> fields = new ArrayList<>();
        while (input.find()) {
            if (!input.group().contains("type=\"hidden\"")) {
                Matcher id = Pattern.compile("id=\"([^\"]+)\"").matcher(input.group());
                assertThat(id.find()).as("an id on " + input.group()).isTrue();
                fields.add(id.group(1));
            }
        }
        for (String field : fields) {
            assertThat(html).as("a label for " + field).containsPattern("<label for=\"" + field + "\">[^<]+</label>");
        }
        assertThat(html).doesNotContain("<th>");
    }

    private String page(String url, String acceptLanguage, Cookie cookie) throws Exception {
        var request = get(url).header("Accept-Language", acceptLanguage).with(ALL_ROLES);
        if (cookie != null) {
            request.cookie(cookie);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
