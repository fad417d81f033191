package eu.aireadiness.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The help, made from the commands' and the settings' own descriptions and defaults, so that each is written once. */
final class HelpText {

    private static final int WIDTH = 100;
    private static final int COLUMN = 28;

    private HelpText() {
    }

    static String general() {
        StringBuilder text = new StringBuilder();
        text.append("European AI Readiness Index: intake, computation and publication of an edition.\n\n");
        text.append("Usage: java -jar target/readiness-index.jar <command> [options]\n\nCommands:\n");
        for (Verb verb : Verb.values()) {
            row(text, verb.usage(), verb.summary());
        }
        text.append("\nOptions (each sets the Spring property after it, which can also be set in application.properties,"
                + "\nas --property=value or as an environment variable such as READINESS_INPUT):\n");
        Properties jar = SettingSources.jarDefaults();
        Arrays.stream(Setting.values()).filter(s -> s.option().isPresent())
                .forEach(s -> row(text, option(s), described(s, jar)));
        text.append("\nSettings made as properties only (--property=value, or the environment variable):\n");
        Arrays.stream(Setting.values()).filter(s -> s.option().isEmpty())
                .forEach(s -> row(text, s.property(), described(s, jar)));
        text.append("""

                Each command's own options: java -jar target/readiness-index.jar <command> --help

                PostgreSQL: add --spring.profiles.active=postgres; the connection comes from READINESS_DB_URL,
                READINESS_DB_USER and READINESS_DB_PASSWORD (default jdbc:postgresql://127.0.0.1:5432/readiness).
                Two processes on one database: a run or intake already running holds a lock, and a second one is
                refused with one line naming it (host, process id, start time), or waits up to readiness.lock-wait.

                Output: results and one line per stage of a run on standard output (--quiet: none); warnings that
                matter on the console; errors in one line on standard error; everything else in the log file.
                Exit status: 0 on success, 1 when the command failed (the reason is printed on one line), 2 for a
                command line that cannot be understood.
                """);
        return text.toString();
    }

    static String of(Verb verb) {
        StringBuilder text = new StringBuilder();
        List<Setting> options = new ArrayList<>(verb.required());
        options.addAll(verb.optional());
        text.append("Usage: java -jar target/readiness-index.jar ").append(verb.usage())
                .append(options.size() > verb.required().size() ? " [options]" : "").append("\n\n");
        wrap(verb.summary(), WIDTH).forEach(line -> text.append(line).append('\n'));
        if (!options.isEmpty()) {
            text.append("\nOptions:\n");
            Properties jar = SettingSources.jarDefaults();
            options.forEach(s -> row(text, option(s), described(s, jar)
                    + (verb.required().contains(s) ? " (required)" : "")));
        }
        if (verb == Verb.USERS) {
            text.append("\nSub-commands (each with its own help, e.g. users add --help):\n");
            Arrays.stream(UserAction.values()).forEach(a -> row(text, a.usage(), a.summary()));
        }
        if (verb.startsSpring()) {
            text.append("\nAny Spring property can be added as --property=value, e.g. --spring.profiles.active=postgres"
                    + "\n(see --help for the settings made as properties only).\n");
        }
        return text.toString();
    }

    /** The help of one sub-command of {@code users}, with the options it takes. */
    static String of(UserAction action) {
        StringBuilder text = new StringBuilder("Usage: java -jar target/readiness-index.jar ")
                .append(action.usage()).append(" [options]\n\n");
        wrap(action.summary(), WIDTH).forEach(line -> text.append(line).append('\n'));
        text.append("\nOptions:\n");
        Properties jar = SettingSources.jarDefaults();
        Verb.USERS.optional().stream().filter(s -> action == UserAction.ADD
                        || s != Setting.ROLE && s != Setting.COUNTRY)
                .forEach(s -> row(text, option(s), described(s, jar)));
        return text.toString();
    }

    private static String option(Setting setting) {
        return ("--" + setting.option().orElseThrow() + " " + setting.placeholder()).strip();
    }

    private static String described(Setting setting, Properties jar) {
        Optional<String> fallback = setting.recordDefault()
                .or(() -> Optional.ofNullable(jar.getProperty(setting.property())));
        String property = setting.option().isPresent() && !setting.isFlag() ? " [" + setting.property() + "]" : "";
        return setting.description() + fallback.map(d -> " (default: " + (d.isEmpty() ? "empty" : d) + ")")
                .orElse("") + property;
    }

    /** The term in the first column, its description wrapped in the second; a long term gets a line of its own. */
    private static void row(StringBuilder text, String term, String description) {
        List<String> lines = wrap(description, WIDTH - COLUMN - 3);
        if (term.length() > COLUMN) {
            text.append("  ").append(term).append('\n');
        } else {
            text.append(String.format("  %-" + COLUMN + "s %s%n", term, lines.remove(0)));
        }
        lines.forEach(line -> text.append(String.format("  %-" + COLUMN + "s %s%n", "", line)));
    }

    /** Breaks a sentence into lines of at most {@code width} characters, at spaces. */
    private static List<String> wrap(String sentence, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : sentence.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
