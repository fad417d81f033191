package eu.aireadiness.portal.security;

import java.io.IOException;
import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Every request refused by the access rules, or for want of a valid CSRF token, answers 403 and is logged. */
final class AuditedAccessDenied implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
    private final AuditTrail audit;
    private final Clock clock;

    AuditedAccessDenied(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken;
        audit.record(new AuditEntry(clock.instant(), anonymous ? "anonymous" : who.getName(),
                ClientAddress.of(request), "FORBIDDEN", request.getMethod() + " " + request.getRequestURI(),
                refused instanceof CsrfException ? "REFUSED: no valid CSRF token" : "REFUSED"));
        forbidden.handle(request, response, refused);
    }
}
