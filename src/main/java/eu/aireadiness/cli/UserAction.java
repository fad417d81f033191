package eu.aireadiness.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The sub-commands of {@code users}: what each is called, what it takes, what it does. */
enum UserAction {

    ADD("add", "users add NAME --role officer|publisher|admin [--country CC ...]", true,
            "Add an enabled account. An officer needs the countries they answer for (--country, repeated for"
            + " several, each as in countries.csv); a publisher or an admin takes none. The password is asked for"
            + " twice, or read as one line from standard input when that is not a terminal."),
    LIST("list", "users list", false,
            "List the accounts: name, role, countries, enabled or disabled, when created and last changed."),
    DISABLE("disable", "users disable NAME", true,
            "Disable an account: it can no longer sign in, and its open sessions end at their next request. The"
            + " last enabled admin cannot be disabled."),
    PASSWORD("password", "users password NAME", true,
            "Set a new password for the account, asked for twice or read from standard input. The account's open"
            + " sessions end at their next request.");

    static final String PASSWORD_NEVER_ON_LINE = "a password is never taken on the command line, where the shell's"
            + " history and other users' process lists would keep it: type it when asked, or pipe it on standard"
            + " input (e.g. from a password manager)";

    private final String word;
    private final String usage;
    private final boolean takesName;
    private final String summary;

    UserAction(String word, String usage, boolean takesName, String summary) {
        this.word = word;
        this.usage = usage;
        this.takesName = takesName;
        this.summary = summary;
    }

    String word() {
        return word;
    }

    String usage() {
        return usage;
    }

    boolean takesName() {
        return takesName;
    }

    String summary() {
        return summary;
    }

    boolean readsPassword() {
        return this == ADD || this == PASSWORD;
    }

    static Optional<UserAction> of(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
    }

    static List<String> words() {
        return Arrays.stream(values()).map(UserAction::word).toList();
    }
}
