package eu.aireadiness.portal.security;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/** A login refused, whatever the password, because of the failures before it. */
final class LoginThrottled extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    LoginThrottled(String reason) {
        super(reason);
    }
}
