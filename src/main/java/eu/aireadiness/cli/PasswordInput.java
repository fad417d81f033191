package eu.aireadiness.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import eu.aireadiness.portal.account.AccountRules;

/**
 * Reads a new password: at a terminal, asked for twice without echo; otherwise one line of standard input, so that
 * a script can pipe it from a password manager. Kept in a char array, never a String, and checked against the
 * policy at once, before the database is opened.
 */
final class PasswordInput {

    // Longer than any password the policy admits, so that a file piped by mistake is not read whole.
    private static final int MAX_CHARS = 1024;

    private PasswordInput() {
    }

    // Java 17, which the jar targets, gives no console when standard input or output is redirected, which is how a
    // piped password is told from a person at a terminal; Java 22 and later would need Console.isTerminal() too.
    @SuppressWarnings("SystemConsoleNull")
    static char[] read(Terminal terminal, String name) {
        Console console = System.console();
        char[] password = console != null && terminal.in() == System.in ? prompted(console, name)
                : firstLine(terminal.in());
        AccountRules.passwordProblem(password, name).ifPresent(problem -> {
            Arrays.fill(password, '\0');
            throw new CommandFailure(problem + "; nothing was changed");
        });
        return password;
    }

    private static char[] prompted(Console console, String name) {
        char[] first = console.readPassword("New password for %s (at least %d characters): ", name,
                AccountRules.MIN_PASSWORD_LENGTH);
        if (first == null) {
            throw new CommandFailure("no password typed; nothing was changed");
        }
        AccountRules.passwordProblem(first, name).ifPresent(problem -> {
            throw new CommandFailure(problem + "; nothing was changed");
        });
        char[] again = console.readPassword("The same password again: ");
        boolean same = Arrays.equals(first, again);
        if (again != null) {
            Arrays.fill(again, '\0');
        }
        if (!same) {
            Arrays.fill(first, '\0');
            throw new CommandFailure("the two passwords typed differ; nothing was changed: run the command again");
        }
        return first;
    }

    private static char[] firstLine(InputStream in) {
        char[] buffer = new char[MAX_CHARS];
        int length = 0;
        try {
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (int c = reader.read(); c != -1 && c != '\n' && length < MAX_CHARS; c = reader.read()) {
                buffer[length++] = (char) c;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("standard input could not be read: " + e.getMessage(), e);
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        if (length == 0) {
            throw new CommandFailure("no password on standard input: run the command in a terminal to be asked for"
                    + " it, or pipe it as one line, e.g. pass show portal/anna | ... users password anna");
        }
        char[] password = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return password;
    }
}
