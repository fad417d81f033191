package eu.aireadiness.portal.account;

import java.io.Serial;

/**
 * An account operation refused, or a portal that cannot start for want of an account; the message is one line for
 * the operator: what is wrong and what to type instead.
 */
public final class AccountRefusal extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AccountRefusal(String message) {
        super(message);
    }
}
