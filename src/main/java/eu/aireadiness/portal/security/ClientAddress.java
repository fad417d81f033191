package eu.aireadiness.portal.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the server sees it. Behind a reverse proxy this is the proxy's, unless the server is told
 * to trust its X-Forwarded-For header (server.forward-headers-strategy=native); then the throttle and the audit log
 * see each client.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
