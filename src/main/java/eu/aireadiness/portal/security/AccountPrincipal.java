package eu.aireadiness.portal.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import eu.aireadiness.portal.account.Account;
import eu.aireadiness.portal.account.StoredAccount;

/**
 * A signed-in account as Spring Security holds it: ROLE_OFFICER, ROLE_PUBLISHER or ROLE_ADMIN, and for an officer
 * one COUNTRY_CC per country. Its type tells the session check (see {@link DisabledAccountSessions}) that the
 * session came from the portal's own login, the only one configured.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final boolean enabled;
    private final Instant changed;
    private final List<GrantedAuthority> authorities;
    private String passwordHash;

    AccountPrincipal(StoredAccount stored) {
        Account account = stored.account();
        this.name = account.name();
        this.enabled = account.enabled();
        this.changed = account.changed();
        this.passwordHash = stored.passwordHash();
        List<GrantedAuthority> granted = new ArrayList<>();
        granted.add(new SimpleGrantedAuthority(account.role().authority()));
        account.countries().forEach(c -> granted.add(new SimpleGrantedAuthority("COUNTRY_" + c)));
        this.authorities = List.copyOf(granted);
    }

    /** When the account was last changed before this sign-in: a later change (password, disabling) ends the session. */
    Instant changed() {
        return changed;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is needed only to check the password at login; the session keeps no copy of it. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
