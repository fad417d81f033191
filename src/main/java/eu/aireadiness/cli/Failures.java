package eu.aireadiness.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;

import eu.aireadiness.compute.MethodFileException;
import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.templates.TemplateException;

/**
 * The one translator of failures into what the operator reads: one line on standard error, prefixed with the
 * program's name, and the exit status: 2 for a command line that cannot be understood, 1 for a command that could
 * not be carried out. Our own failures carry their sentence; anything else is named by its class, with --debug
 * for its stack trace.
 */
final class Failures {

    static final String PROGRAM = "readiness-index";

    private Failures() {
    }

    static int report(RuntimeException failure, Verb verb, boolean debug, PrintStream err) {
        if (failure instanceof UsageException) {
            err.println(PROGRAM + ": " + failure.getMessage());
            return 2;
        }
        if (failure instanceof CommandFailure) {
            err.println(PROGRAM + ": " + failure.getMessage());
            return 1;
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        boolean ours = failure instanceof InputFileException || failure instanceof MethodFileException
                || failure instanceof TemplateException || failure instanceof UncheckedIOException
                || failure instanceof IllegalArgumentException;
        err.println(PROGRAM + ": " + verb.word() + " failed: " + (ours ? failure.getMessage()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage()
                + (debug ? "" : " (run again with --debug for the details)")));
        return 1;
    }
}
