package eu.aireadiness.portal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts failed logins by account name and by address in the database (Flyway V13), so that every instance of the
 * portal refuses alike. A refused attempt is not counted itself: the refusal ends when the failures age out of the
 * window, whatever is tried meanwhile.
 */
@Repository
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final LoginThrottleSettings settings;

    LoginThrottle(JdbcTemplate jdbc, LoginThrottleSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Why a login of this name from this address is refused now, or empty. */
    Optional<String> refusal(String name, String address, Instant now) {
        Timestamp since = Timestamp.from(now.minus(settings.window()));
        if (count("account_name", name, since) >= settings.accountFailures()) {
            return Optional.of(settings.accountFailures() + " failed logins of this account within "
                    + settings.window().toMinutes() + " minutes");
        }
        if (count("address", address, since) >= settings.addressFailures()) {
            return Optional.of(settings.addressFailures() + " failed logins from this address within "
                    + settings.window().toMinutes() + " minutes");
        }
        return Optional.empty();
    }

    void failed(String name, String address, Instant now) {
        jdbc.update("DELETE FROM portal_login_failure WHERE failed_at < ?",
                Timestamp.from(now.minus(settings.window())));
        jdbc.update("INSERT INTO portal_login_failure (account_name, address, failed_at) VALUES (?, ?, ?)",
                cut(name, 100), cut(address, 64), Timestamp.from(now));
    }

    /** A successful login clears its account's failures; the address keeps its count. */
    void succeeded(String name) {
        jdbc.update("DELETE FROM portal_login_failure WHERE account_name = ?", name);
    }

    private int count(String column, String value, Timestamp since) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM portal_login_failure WHERE " + column
                + " = ? AND failed_at > ?", Integer.class, cut(value, column.equals("address") ? 64 : 100), since);
        return count == null ? 0 : count;
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }
}
