package eu.aireadiness.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The jar's command line, from the arguments to the exit status: parse once, check before anything starts, run, and
 * say a failure in one line. Only {@code run}, {@code intake}, {@code watch} and {@code serve} start Spring.
 */
public final class CommandLineInterface {

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    public CommandLineInterface(Class<?> application, PrintStream out, PrintStream err) {
        this(application, System.in, out, err);
    }

    public CommandLineInterface(Class<?> application, InputStream in, PrintStream out, PrintStream err) {
        this.application = application;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public int execute(String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        Verb verb = Verb.HELP;
        try {
            Command command = new CommandLineParser().parse(args);
            verb = command.verb();
            command.checkBeforeStart();
            return command.execute(new Terminal(out, application, in));
        } catch (RuntimeException e) {
            return Failures.report(e, verb, debug, err);
        }
    }
}
