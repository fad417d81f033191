package eu.aireadiness.portal.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import eu.aireadiness.portal.account.Account;
import eu.aireadiness.portal.account.Accounts;
import eu.aireadiness.portal.account.StoredAccount;
import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends the session of an account disabled, or given a new password, since it signed in: {@code users disable} and
 * {@code users password} run in another process, maybe against another instance's sessions, so the account is read
 * from the database on every request of a signed-in session (a lookup by primary key), and the session's next request
 * is its last. A new password ends the sessions opened with the old one, which may be why it was changed.
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
        Optional<String> ended = signedIn != null && signedIn.getPrincipal() instanceof AccountPrincipal account
                ? endedBy(account) : Optional.empty();
        if (ended.isPresent()) {
            audit.record(new AuditEntry(clock.instant(), signedIn.getName(), ClientAddress.of(request),
                    "SESSION_ENDED", request.getMethod() + " " + request.getRequestURI(), ended.get()));
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

    /** Why the session can no longer stand: the account disabled, or changed (a new password) since the sign-in. */
    private Optional<String> endedBy(AccountPrincipal signedIn) {
        Optional<Account> now = accounts.find(signedIn.getUsername()).map(StoredAccount::account);
        if (now.isEmpty() || !now.get().enabled()) {
            return Optional.of("account disabled");
        }
        return now.get().changed().equals(signedIn.changed()) ? Optional.empty()
                : Optional.of("account changed since the sign-in (a new password)");
    }
}
