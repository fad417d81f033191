package eu.aireadiness.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a command that needs the database hands to Spring: the command, its options as Spring properties (so that each
 * can also be set in a properties file or the environment), the console's settings, and the arguments of the form
 * {@code --name=value} that are not ours (such as {@code --spring.profiles.active=postgres}), unchanged.
 *
 * @param logFile the log file that takes everything the console leaves out
 */
record SpringStart(Verb verb, Map<String, String> properties, List<String> passThrough, String logFile,
                   boolean quiet, boolean debug) {

    /**
     * The console is an operator's: the stages' lines (printed by the pipeline's StageProgress), the warnings that
     * matter, and one line when it fails; --quiet leaves errors only, --debug adds our debug log. The log file has
     * the rest.
     */
    String[] arguments() {
        List<String> out = new ArrayList<>();
        out.add("--readiness.command=" + verb.word());
        if (verb == Verb.SERVE) {
            // The one command with a web server (application.properties: none for every other).
            out.add("--spring.main.web-application-type=servlet");
        }
        properties.forEach((k, v) -> out.add("--" + k + "=" + v));
        addUnlessGiven(out, "logging.file.name", logFile);
        addUnlessGiven(out, "logging.threshold.console", debug ? "DEBUG" : quiet ? "ERROR" : "WARN");
        if (debug) {
            addUnlessGiven(out, "logging.level.eu.aireadiness", "DEBUG");
            addUnlessGiven(out, "logging.level.com.zaxxer.hikari", "WARN");
        }
        out.addAll(passThrough);
        return out.toArray(String[]::new);
    }

    /** Spring joins two values of one property given twice with a comma: the operator's own wins, alone. */
    private void addUnlessGiven(List<String> out, String property, String value) {
        if (passThrough.stream().noneMatch(a -> a.startsWith("--" + property + "="))) {
            out.add("--" + property + "=" + value);
        }
    }
}
