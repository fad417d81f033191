package eu.aireadiness.portal.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import eu.aireadiness.ReadinessIndexApplication;
import eu.aireadiness.cli.CommandLineInterface;

/**
 * Runs the jar's {@code users} command in this JVM as an operator would, with a password piped on standard input,
 * and keeps what it printed. Also how the portal's tests add their first admin before the web server starts.
 */
public record UsersCommand(int exit, String out, String err) {

    public static UsersCommand run(Path database, String stdin, String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        args.add("--db");
        args.add(database.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLineInterface(ReadinessIndexApplication.class,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(args.toArray(String[]::new));
        return new UsersCommand(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Adds an account, or fails the test with what the command said. */
    public static void add(Path database, String password, String... words) {
        List<String> args = new ArrayList<>(List.of("users", "add"));
        args.addAll(List.of(words));
        UsersCommand added = run(database, password + "\n", args.toArray(String[]::new));
        if (added.exit() != 0) {
            throw new AssertionError("users add failed (" + added.exit() + "): " + added.err());
        }
    }
}
