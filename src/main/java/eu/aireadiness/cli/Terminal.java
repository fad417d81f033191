package eu.aireadiness.cli;

import java.io.PrintStream;

/**
 * Where a command's results go, and the Spring application the commands that need the database start.
 *
 * @param out         standard output: results only; errors go to standard error through {@link Failures}
 * @param application the {@code @SpringBootApplication} class
 */
public record Terminal(PrintStream out, Class<?> application) {
}
