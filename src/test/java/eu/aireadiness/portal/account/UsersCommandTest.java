package eu.aireadiness.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The {@code users} command as an operator meets it: refusals in one line on standard error (2 for a command line
 * that cannot be understood, 1 for one that cannot be carried out), the password from standard input only, and the
 * accounts as stored, read back from the H2 file.
 */
class UsersCommandTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void aPasswordOnTheCommandLineIsRefusedBeforeAnythingStarts() {
        Path db = dir.resolve("db");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna", "--role", "admin", "--password",
                "secret-secret-1"), 2, "a password is never taken on the command line");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna", "--role", "admin",
                "--password=secret-secret-1"), 2, "a password is never taken on the command line");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna", "secret-secret-1", "--role",
                "admin"), 2, "unexpected argument 'secret-secret-1' after 'add anna'");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "password", "anna", "secret-secret-1"), 2,
                "a password is never taken on the command line");
        assertThat(db.resolveSibling("db.mv.db")).doesNotExist();
    }

    @Test
    void aShortPasswordIsRefusedWithTheReasonAndNothingIsStored() {
        Path db = dir.resolve("db");
        assertRefused(UsersCommand.run(db, "short-pw\n", "users", "add", "anna", "--role", "admin"), 1,
                "the password has 8 characters; it needs at least 12");
        assertRefused(UsersCommand.run(db, "anna.schmidt-1\n", "users", "add", "anna.schmidt", "--role", "admin"),
                1, "the password contains the account's name");
        assertRefused(UsersCommand.run(db, "", "users", "add", "anna", "--role", "admin"), 1,
                "no password on standard input");
        assertThat(db.resolveSibling("db.mv.db")).doesNotExist();
    }

    @Test
    void rolesAndCountriesAreCheckedAgainstTheCountriesFile() {
        Path db = dir.resolve("db");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna", "--role", "officer"), 1,
                "an officer needs the countries they answer for: add --country CC");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna", "--role", "officer",
                "--country", "DE", "--country", "XK"), 1, "country 'XK' is not in", "countries.csv: give one of AT");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna", "--role", "officer",
                "--country", "de"), 1, "a country is two upper-case letters");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna", "--role", "publisher",
                "--country", "DE"), 1, "a publisher sees no country's submissions, so takes no --country");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna", "--role", "root"), 2,
                "--role expects one of officer, publisher, admin, found 'root'");
        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "Anna Schmidt", "--role", "admin"), 1,
                "account name 'Anna Schmidt' is not one");
        assertRefused(UsersCommand.run(db, "", "users", "remove", "anna"), 2,
                "unknown sub-command 'users remove'");
        assertRefused(UsersCommand.run(db, "", "users", "list", "--role", "admin"), 2,
                "'users list' takes no --role");
        assertThat(db.resolveSibling("db.mv.db")).doesNotExist();
    }

    @Test
    void helpIsGivenPerSubCommand() {
        UsersCommand help = UsersCommand.run(dir.resolve("db"), "", "users", "add", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("users add NAME --role officer|publisher|admin [--country CC ...]",
                "--country CC", "asked for");
        UsersCommand disable = UsersCommand.run(dir.resolve("db"), "", "users", "disable", "--help");
        assertThat(disable.out()).contains("users disable NAME", "open sessions end").doesNotContain("--role");
        assertThat(UsersCommand.run(dir.resolve("db"), "", "help", "users").out())
                .contains("users add NAME", "users list", "users disable NAME", "users password NAME");
    }

    @Test
    void accountsAreAddedListedDisabledAndGivenNewPasswords() throws SQLException {
        Path db = dir.resolve("db");
        UsersCommand admin = UsersCommand.run(db, PASSWORD + "\n", "users", "add", "root.admin", "--role", "admin");
        assertThat(admin.exit()).as(admin.err()).isZero();
        assertThat(admin.out()).contains("Account root.admin added: admin.");
        UsersCommand officer = UsersCommand.run(db, "Grüße aus Wien 2026\r\n", "users", "add", "anna.at",
                "--role", "officer", "--country", "DE", "--country", "AT");
        assertThat(officer.out()).contains("Account anna.at added: officer of AT, DE.");

        assertRefused(UsersCommand.run(db, PASSWORD + "\n", "users", "add", "anna.at", "--role", "publisher"), 1,
                "an account named 'anna.at' exists already");
        assertRefused(UsersCommand.run(db, "", "users", "disable", "root.admin"), 1,
                "'root.admin' is the last enabled admin");
        assertRefused(UsersCommand.run(db, "", "users", "disable", "nobody"), 1, "there is no account named 'nobody'");

        assertThat(UsersCommand.run(db, "", "users", "disable", "anna.at").exit()).isZero();
        assertThat(UsersCommand.run(db, "another long passphrase\n", "users", "password", "root.admin").out())
                .contains("Password of root.admin changed.");
        String list = UsersCommand.run(db, "", "users", "list").out();
        assertThat(list.lines().filter(l -> l.startsWith("anna.at")).findFirst().orElseThrow())
                .contains("officer", "AT DE", "disabled");
        assertThat(list.lines().filter(l -> l.startsWith("root.admin")).findFirst().orElseThrow())
                .contains("admin", "enabled");

        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            String adminHash = text(h2, "SELECT password_hash FROM portal_account WHERE name = 'root.admin'");
            String officerHash = text(h2, "SELECT password_hash FROM portal_account WHERE name = 'anna.at'");
            assertThat(adminHash).startsWith("{bcrypt}$2");
            assertThat(encoder.matches("another long passphrase", adminHash)).isTrue();
            assertThat(encoder.matches(PASSWORD, adminHash)).isFalse();
            assertThat(encoder.matches("Grüße aus Wien 2026", officerHash)).isTrue();
            assertThat(column(h2, "SELECT action || ' ' || target || ' ' || outcome FROM audit_event ORDER BY id"))
                    .containsExactly("ACCOUNT_ADDED root.admin admin", "ACCOUNT_ADDED anna.at officer of AT, DE",
                            "ACCOUNT_DISABLED anna.at OK", "PASSWORD_CHANGED root.admin OK");
        }
    }

    @Test
    void thePortalRefusesToStartWithoutAnAdminAndSaysHowToAddOne() throws SQLException {
        Path db = dir.resolve("db");
        UsersCommand publisher = UsersCommand.run(db, PASSWORD + "\n", "users", "add", "pia", "--role",
                "publisher");
        assertThat(publisher.exit()).as(publisher.err()).isZero();

        UsersCommand web = UsersCommand.run(db, "", "users", "list", "--spring.main.web-application-type=servlet",
                "--server.port=0");

        assertThat(web.exit()).isEqualTo(1);
        assertThat(web.err()).isEqualTo("readiness-index: the portal has no enabled admin account and there is no"
                + " default one: add one with 'users add NAME --role admin' (same --db as here; it asks for the"
                + " password), then start again" + System.lineSeparator());
        assertThat(web.out()).doesNotContain("generated security password");
    }

    private static void assertRefused(UsersCommand command, int exit, String... said) {
        assertThat(command.exit()).as(command.err()).isEqualTo(exit);
        assertThat(command.err().lines().toList()).hasSize(1).first().asString().startsWith("readiness-index: ")
                .contains(said);
    }

    private static String text(Connection h2, String sql) throws SQLException {
        return column(h2, sql).get(0);
    }

    private static List<String> column(Connection h2, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = h2.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
