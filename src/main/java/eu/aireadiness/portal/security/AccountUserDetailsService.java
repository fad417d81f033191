package eu.aireadiness.portal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import eu.aireadiness.portal.account.Accounts;

/**
 * The only source of users: the accounts table. Being a UserDetailsService bean, it also keeps Spring Boot from
 * making its default user with a generated password, in every command.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        return accounts.find(name).map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
