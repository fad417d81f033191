package eu.aireadiness.portal.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import eu.aireadiness.portal.account.AccountRefusal;
import eu.aireadiness.portal.account.Accounts;

/**
 * The portal has no default account and no default password, so a portal without an enabled admin could never be
 * administered: it refuses to start and says how to add one. The property readiness.portal.admin-check=false is
 * for tests of the web layer that sign in without the accounts table; it opens nothing, since the login knows no
 * account but the table's.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminPresenceCheck implements SmartInitializingSingleton {

    static final String NO_ADMIN = "the portal has no enabled admin account and there is no default one: add one"
            + " with 'users add NAME --role admin' (same --db as here; it asks for the password), then start again";

    private final Accounts accounts;
    private final boolean enabled;

    AdminPresenceCheck(Accounts accounts, @Value("${readiness.portal.admin-check:true}") boolean enabled) {
        this.accounts = accounts;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled && !accounts.hasEnabledAdmin()) {
            throw new AccountRefusal(NO_ADMIN);
        }
    }
}
