package eu.aireadiness.portal.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the portal's audit log.
 *
 * @param at      when it happened
 * @param who     the account name, or the name typed at a failed login, or "anonymous"
 * @param address the client's address as the server saw it
 * @param action  what was attempted, e.g. LOGIN, LOGIN_FAILED, UPLOAD, DOWNLOAD, FORBIDDEN, PUBLISH
 * @param target  what it was attempted on (a path, a file, a country), empty when nothing
 * @param outcome how it ended, e.g. OK, REFUSED, or the reason
 */
public record AuditEntry(Instant at, String who, String address, String action, String target, String outcome) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
    }
}
