package eu.aireadiness.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command's results go, and the Spring application the commands that need the database start.
 *
 * @param out         standard output: results only; errors go to standard error through {@link Failures}
 * @param application the {@code @SpringBootApplication} class
 * @param in          standard input, which only {@code users} reads (a password piped to it)
 */
public record Terminal(PrintStream out, Class<?> application, InputStream in) {

    public Terminal(PrintStream out, Class<?> application) {
        this(out, application, System.in);
    }
}
