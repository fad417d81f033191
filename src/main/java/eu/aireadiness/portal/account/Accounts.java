package eu.aireadiness.portal.account;

import java.nio.CharBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's accounts in the database (Flyway V13), so that every instance of the portal and the {@code users}
 * command see the same ones. Every change is checked here, whoever calls: name, role and countries, password policy.
 */
@Repository
public class Accounts {

    private static final String COLUMNS = "name, role, enabled, password_hash, created_at, changed_at";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock = Clock.systemUTC();

    public Accounts(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Adds an enabled account; an officer needs at least one country, the other roles none. */
    @Transactional
    public Account add(String name, Role role, Collection<String> countries, char[] password) {
        roleProblem(role, countries).or(() -> AccountRules.nameProblem(name))
                .or(() -> AccountRules.passwordProblem(password, name)).ifPresent(problem -> {
                    throw new AccountRefusal(problem);
                });
        if (find(name).isPresent()) {
            throw new AccountRefusal("an account named '" + name + "' exists already: choose another name, or"
                    + " change its password with 'users password " + name + "'");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO portal_account (" + COLUMNS + ") VALUES (?, ?, TRUE, ?, ?, ?)", name, role.name(),
                encoder.encode(CharBuffer.wrap(password)), now, now);
        for (String country : new TreeSet<>(countries)) {
            jdbc.update("INSERT INTO portal_account_country (account_name, country) VALUES (?, ?)", name, country);
        }
        return find(name).orElseThrow().account();
    }

    public List<Account> list() {
        Map<String, List<String>> countries = countriesByAccount();
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_account ORDER BY name",
                (rs, row) -> account(rs, countries.getOrDefault(rs.getString("name"), List.of())));
    }

    public Optional<StoredAccount> find(String name) {
        List<String> countries = jdbc.queryForList("SELECT country FROM portal_account_country"
                + " WHERE account_name = ? ORDER BY country", String.class, name);
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_account WHERE name = ?",
                (rs, row) -> new StoredAccount(account(rs, countries), rs.getString("password_hash")), name)
                .stream().findFirst();
    }

    public boolean hasEnabledAdmin() {
        return enabledAdmins() > 0;
    }

    /**
     * Disables the account; its sessions end at their next request. The last enabled admin is kept, since without
     * one the portal would not start and no one could see the audit log.
     */
    @Transactional
    public void disable(String name) {
        Account account = existing(name);
        if (account.role() == Role.ADMIN && account.enabled() && enabledAdmins() == 1) {
            throw new AccountRefusal("'" + name + "' is the last enabled admin: add another with 'users add NAME"
                    + " --role admin' first, so that the portal keeps one");
        }
        jdbc.update("UPDATE portal_account SET enabled = FALSE, changed_at = ? WHERE name = ?",
                Timestamp.from(clock.instant()), name);
    }

    @Transactional
    public void changePassword(String name, char[] password) {
        existing(name);
        AccountRules.passwordProblem(password, name).ifPresent(problem -> {
            throw new AccountRefusal(problem);
        });
        jdbc.update("UPDATE portal_account SET password_hash = ?, changed_at = ? WHERE name = ?",
                encoder.encode(CharBuffer.wrap(password)), Timestamp.from(clock.instant()), name);
    }

    private Account existing(String name) {
        return find(name).orElseThrow(() -> new AccountRefusal("there is no account named '"
                + AccountRules.printable(name) + "'; 'users list' shows them")).account();
    }

    private int enabledAdmins() {
        Integer admins = jdbc.queryForObject("SELECT COUNT(*) FROM portal_account WHERE role = 'ADMIN' AND enabled",
                Integer.class);
        return admins == null ? 0 : admins;
    }

    /** Why the countries do not fit the role, or empty. */
    public static Optional<String> roleProblem(Role role, Collection<String> countries) {
        if (role == Role.OFFICER && countries.isEmpty()) {
            return Optional.of("an officer needs the countries they answer for: add --country CC (as many as"
                    + " needed, e.g. --country DE --country AT)");
        }
        if (role != Role.OFFICER && !countries.isEmpty()) {
            return Optional.of("a " + role.word() + " sees no country's submissions, so takes no --country; only"
                    + " an officer does");
        }
        for (String country : countries) {
            if (!country.matches("[A-Z]{2}")) {
                return Optional.of("a country is two upper-case letters as in countries.csv (EL for Greece),"
                        + " found '" + AccountRules.printable(country) + "'");
            }
        }
        return Optional.empty();
    }

    private Map<String, List<String>> countriesByAccount() {
        Map<String, List<String>> byAccount = new LinkedHashMap<>();
        jdbc.query("SELECT account_name, country FROM portal_account_country ORDER BY account_name, country",
                rs -> {
                    byAccount.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return byAccount;
    }

    private static Account account(ResultSet rs, List<String> countries) throws SQLException {
        return new Account(rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                new TreeSet<>(countries), instant(rs, "created_at"), instant(rs, "changed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
