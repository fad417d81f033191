package eu.aireadiness.cli;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import eu.aireadiness.portal.account.AccountRefusal;

/**
 * The refusal of an account operation, or of a portal without an admin, wherever Spring wrapped it (a bean that
 * failed to start lies under a few layers of BeanCreationException): its message is the operator's one line.
 */
final class AccountRefusalCause {

    private AccountRefusalCause() {
    }

    static Optional<AccountRefusal> in(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof AccountRefusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
