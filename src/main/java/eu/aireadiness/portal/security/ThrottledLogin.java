package eu.aireadiness.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import eu.aireadiness.portal.account.AccountRules;
import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

/**
 * The login: refused at once while the name or the address is throttled, otherwise the password checked against
 * the stored hash; every outcome counted and written to the audit log with the name as typed.
 */
final class ThrottledLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle, AuditTrail audit, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String typed = attempt.getName() == null ? "" : attempt.getName();
        String shown = AccountRules.printable(typed);
        String address = ClientAddress.of(attempt);
        Instant now = clock.instant();
        Optional<String> refusal = throttle.refusal(typed, address, now);
        if (refusal.isPresent()) {
            audit.record(new AuditEntry(now, shown, address, "LOGIN_THROTTLED", "", "REFUSED: " + refusal.get()));
            throw new LoginThrottled(refusal.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(typed);
            audit.record(new AuditEntry(now, shown, address, "LOGIN", "", "OK"));
            return signedIn;
        } catch (AuthenticationException e) {
            throttle.failed(typed, address, now);
            audit.record(new AuditEntry(now, shown, address, "LOGIN_FAILED", "", e instanceof DisabledException
                    ? "REFUSED: account disabled" : "REFUSED: unknown name or wrong password"));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
