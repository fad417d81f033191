package eu.aireadiness.portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as Spring Security's delegating encoder writes them: the algorithm's id, then its adaptive
 * hash ({@code {bcrypt}$2a$10$...}). A later default algorithm is then a change of this bean, and the hashes already
 * stored keep working.
 */
@Configuration
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
