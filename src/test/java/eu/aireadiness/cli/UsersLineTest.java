package eu.aireadiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import eu.aireadiness.portal.account.Role;

/** The {@code users} command line read into its command: sub-command, name, role, repeated countries; no password. */
class UsersLineTest {

    private final CommandLineParser parser = new CommandLineParser(line -> new SettingSources(line, new Properties(),
            Map.of(), List.of(SettingSources.jarDefaults())));

    @Test
    void anOfficerWithSeveralCountries() {
        Command.Users users = (Command.Users) parser.parse("users", "add", "anna.at", "--role", "officer",
                "--country", "AT", "--country", "DE", "--db", "/tmp/x");
        assertThat(users.action()).isEqualTo(UserAction.ADD);
        assertThat(users.name()).contains("anna.at");
        assertThat(users.role()).contains(Role.OFFICER);
        assertThat(users.countries()).containsExactly("AT", "DE");
        assertThat(users.spring().properties()).containsEntry("readiness.database", "/tmp/x");
    }

    @Test
    void listTakesNoNameAndDisableNeedsOne() {
        Command.Users list = (Command.Users) parser.parse("users", "list");
        assertThat(list.action()).isEqualTo(UserAction.LIST);
        assertThat(list.name()).isEmpty();
        assertThatThrownBy(() -> parser.parse("users", "disable")).isInstanceOf(UsageException.class)
                .hasMessage("'users disable' needs the account's name: users disable NAME");
        assertThatThrownBy(() -> parser.parse("users", "list", "anna")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("unexpected argument 'anna' after 'list'");
    }

    @Test
    void aPasswordOptionIsRefusedWhateverItsSpelling() {
        for (String option : List.of("--password", "--password=secret", "--pass", "--passwd=x")) {
            assertThatThrownBy(() -> parser.parse("users", "add", "anna", "--role", "admin", option))
                    .isInstanceOf(UsageException.class)
                    .hasMessageStartingWith("a password is never taken on the command line");
        }
    }

    @Test
    void helpOfASubCommand() {
        assertThat(parser.parse("users", "password", "--help")).isEqualTo(new Command.UsersHelp(UserAction.PASSWORD));
        assertThat(parser.parse("users", "--help")).isEqualTo(new Command.Help(Optional.of(Verb.USERS)));
        assertThatThrownBy(() -> parser.parse("users", "ad", "--help")).isInstanceOf(UsageException.class)
                .hasMessageContaining("did you mean 'users add'?");
    }

    @Test
    void onlyAddTakesARoleOrCountries() {
        assertThatThrownBy(() -> parser.parse("users", "disable", "anna", "--country", "DE"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("'users disable' takes no --country");
        assertThatThrownBy(() -> parser.parse("users", "add", "anna"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("'users add' needs the account's role");
        assertThatThrownBy(() -> parser.parse("run", "--year", "2026", "--role", "admin"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("'run' takes no --role");
    }
}
