package eu.aireadiness.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import eu.aireadiness.portal.account.Role;

/**
 * Every URL the running portal maps, against every role and against no account: the URLs come from the handler
 * mappings of the context (controllers and actuator endpoints alike), so a page added later is in the matrix without
 * anyone writing it down; what each may open comes from the URL contract of issue 14, written here on its own.
 *
 * <p>Each refusal is a real request through the filter chain (a refused request never reaches its handler, so it
 * changes nothing). Each permitted GET is a real request too; a permitted POST is asked of Spring Security's own
 * evaluator instead of being sent, since it would do its work (start a publication, store a file).
 */
class AccessMatrixTest extends SignedInPortalTest {

    private static final String ANONYMOUS = "anonymous";

    @Autowired
    ApplicationContext context;
    @Autowired
    WebInvocationPrivilegeEvaluator evaluator;

    @Test
    void everyMappedUrlAnswersEachRoleAsTheUrlContractSays() throws Exception {
        Map<String, MockHttpSession> sessions = new LinkedHashMap<>();
        sessions.put(ANONYMOUS, null);
        sessions.put("OFFICER", signIn("otto.de", "10.8.0.1"));
        sessions.put("PUBLISHER", signIn("pia.publisher", "10.8.0.2"));
        sessions.put("ADMIN", signIn(ADMIN, "10.8.0.3"));

        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::path)
                .contains("/login", "/admin/audit", "/admin/audit.csv", "/actuator/health");

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Map.Entry<String, MockHttpSession> who : sessions.entrySet()) {
                boolean allowed = contractAllows(endpoint.path(), who.getKey());
                boolean evaluated = evaluator.isAllowed("", endpoint.path(), endpoint.method().name(),
                        authentication(who.getValue()));
                if (evaluated != allowed) {
                    wrong.add(endpoint + " for " + who.getKey() + ": the filter chain says "
                            + (evaluated ? "allowed" : "refused") + ", the contract the opposite");
                }
                if (!allowed || endpoint.method().equals(HttpMethod.GET)) {
                    var sent = request(endpoint.method(), endpoint.path()).with(csrf());
                    if (who.getValue() != null) {
                        sent.session(who.getValue());
                    }
                    MockHttpServletResponse response = mvc.perform(sent).andReturn().getResponse();
                    String answer = answered(response, who.getKey().equals(ANONYMOUS));
                    if (!answer.equals(allowed ? "allowed" : "refused")) {
                        wrong.add(endpoint + " for " + who.getKey() + ": answered " + response.getStatus() + " "
                                + response.getRedirectedUrl() + ", expected " + (allowed ? "access" : "a refusal"));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The URL contract: the login page, style sheets, images, the error page and the health summary for everyone;
     * each area for its role; the actuator's other endpoints for admins; anything else for any signed-in account.
     */
    static boolean contractAllows(String path, String who) {
        if (path.equals("/login") || path.equals("/error") || path.equals("/actuator/health")
                || path.startsWith("/css/") || path.startsWith("/img/")) {
            return true;
        }
        if (who.equals(ANONYMOUS)) {
            return false;
        }
        if (path.startsWith("/officer/") || path.equals("/officer")) {
            return who.equals(Role.OFFICER.name());
        }
        if (path.startsWith("/publisher/") || path.equals("/publisher")) {
            return who.equals(Role.PUBLISHER.name());
        }
        if (path.startsWith("/admin/") || path.equals("/admin") || path.startsWith("/actuator")) {
            return who.equals(Role.ADMIN.name());
        }
        return true;
    }

    /** A refusal is a redirect to the login page for no account, a 403 for an account. */
    private static String answered(MockHttpServletResponse response, boolean anonymous) {
        boolean toLogin = response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl());
        if (anonymous ? toLogin : response.getStatus() == 403) {
            return "refused";
        }
        return response.getStatus() == 403 || toLogin ? "refused the wrong way" : "allowed";
    }

    private List<Endpoint> endpoints() {
        TreeSet<Endpoint> all = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping
                : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                List<HttpMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of(HttpMethod.GET)
                        : info.getMethodsCondition().getMethods().stream().map(RequestMethod::asHttpMethod).toList();
                for (String pattern : info.getPatternValues()) {
                    methods.forEach(m -> all.add(new Endpoint(m, concrete(pattern))));
                }
            }
        }
        return List.copyOf(all);
    }

    /** A path that the pattern matches: an officer's own country for a country, "1" for any other variable. */
    static String concrete(String pattern) {
        String path = pattern.replaceAll("\\{\\*[^}]*}", "x").replaceAll("(?i)\\{[^}]*(cc|country)[^}]*}", "DE")
                .replaceAll("\\{[^}]*}", "1").replace("**", "x").replace("*", "x");
        return path.isEmpty() ? "/" : path;
    }

    private static Authentication authentication(MockHttpSession session) {
        if (session == null) {
            return new AnonymousAuthenticationToken("matrix", ANONYMOUS,
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        return ((SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT")).getAuthentication();
    }

    record Endpoint(HttpMethod method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.name().compareTo(other.method.name());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
