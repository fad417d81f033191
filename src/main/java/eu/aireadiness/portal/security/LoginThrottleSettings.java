package eu.aireadiness.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are throttled. Five failures of one account name in fifteen minutes leave room for a person's
 * typing mistakes and a forgotten Caps Lock, yet allow an attacker at most 20 guesses an hour against an account
 * whose password has at least 12 characters. An address gets twenty, because a national statistics office's
 * officers sign in from behind one gateway, and a lower count would lock out a whole office for one colleague's
 * mistakes; twenty still stops one address from trying a few guesses against every account. Fifteen minutes is
 * short enough for an officer locked out by mistake to wait rather than call the help desk.
 *
 * @param accountFailures failures of one account name within the window after which it is refused
 * @param addressFailures failures from one address within the window after which it is refused
 * @param window          how far back failures count; a refusal lasts until enough of them are older
 */
@ConfigurationProperties("readiness.login")
public record LoginThrottleSettings(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
                                    @DefaultValue("15m") Duration window) {
}
