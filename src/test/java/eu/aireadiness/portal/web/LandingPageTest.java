package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import eu.aireadiness.pipeline.EditionWorkspace;

/** The page a sign-in leads to sends each role to its own area, and anyone else to the sign-in page. */
// Signed in with spring-security-test's users, not accounts of the table: the start needs no admin account.
@SpringBootTest(properties = {"spring.main.web-application-type=servlet", "readiness.portal.admin-check=false"})
@AutoConfigureMockMvc
class LandingPageTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-portal-landing");

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        WORKSPACE.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void eachRoleLandsInItsOwnArea() throws Exception {
        assertThat(landing("ROLE_OFFICER", "COUNTRY_DE")).isEqualTo("/officer");
        assertThat(landing("ROLE_PUBLISHER")).isEqualTo("/publisher");
        assertThat(landing("ROLE_ADMIN")).isEqualTo("/admin");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getRedirectedUrl()).as("not signed in")
                .endsWith("/login");
    }

    private String landing(String... authorities) throws Exception {
        return mvc.perform(get("/").with(user("someone").authorities(Arrays.stream(authorities)
                .map(SimpleGrantedAuthority::new).toList()))).andReturn().getResponse().getRedirectedUrl();
    }
}
