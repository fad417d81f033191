package eu.aireadiness.portal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import eu.aireadiness.portal.account.Accounts;
import eu.aireadiness.portal.account.Role;
import eu.aireadiness.portal.audit.AuditEntry;
import eu.aireadiness.portal.audit.AuditTrail;

/**
 * Who may open what in the portal (the URL contract of issue 14): the login page, the style sheets and images and
 * the health summary are public; {@code /officer/**}, {@code /publisher/**} and {@code /admin/**} need their role,
 * the actuator's other endpoints the admin's; everything else a signed-in account. Only in the web server
 * ({@code serve}); the other commands start none.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PortalSecurityConfiguration {

    private final Clock clock = Clock.systemUTC();

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, AccountUserDetailsService users, PasswordEncoder encoder,
                                       LoginThrottle throttle, Accounts accounts, AuditTrail audit) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // A manager of its own without a parent: a refused or throttled login must not be tried again by a global
        // manager that would check the password alone.
        ProviderManager login = new ProviderManager(new ThrottledLogin(passwords, throttle, audit, clock));
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LoginThrottled.class.getName(), "/login?throttled"));
        http.authenticationManager(login)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/login", "/css/**", "/img/**", "/error", "/actuator/health").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/officer/**").hasRole(Role.OFFICER.name())
                        .requestMatchers("/publisher/**").hasRole(Role.PUBLISHER.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, who) -> {
                            if (who != null) {
                                audit.record(new AuditEntry(Instant.now(clock), who.getName(),
                                        ClientAddress.of(request), "LOGOUT", "", "OK"));
                            }
                        }))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(refusals -> refusals.accessDeniedHandler(new AuditedAccessDenied(audit, clock)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; object-src 'none';"
                                + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .addFilterBefore(new DisabledAccountSessions(accounts, audit, clock), AuthorizationFilter.class);
        return http.build();
    }
}
