package eu.aireadiness.portal.security;

import java.io.IOException;
import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.aireadiness.portal.account.Accounts;
import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends the session of an account disabled since it signed in. {@code users disable} runs in another process, maybe
 * against another instance's sessions, so the account's flag is read from the database on every request of a
 * signed-in session: one lookup by primary key, and the disabled account's next request is its last.
 */
final class DisabledAccountSessions extends OncePerRequestFilter {

    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    DisabledAccountSessions(Accounts accounts, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof AccountPrincipal account
                && !accounts.isEnabled(account.getUsername())) {
            audit.record(new AuditEntry(clock.instant(), account.getUsername(), ClientAddress.of(request),
                    "SESSION_ENDED", request.getMethod() + " " + request.getRequestURI(), "account disabled"));
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        chain.doFilter(request, response);
    }
}
