package eu.aireadiness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line: a command and its options. Options are turned into Spring properties, so that each can
 * also be set in a properties file or the environment; arguments of the form {@code --name=value} that are not
 * ours (such as {@code --spring.profiles.active=postgres}) pass through to Spring unchanged.
 */
public record CommandLine(Command command, Map<String, String> properties, List<String> passThrough) {

    /** The commands of the jar. */
    public enum Command {
        RUN("run", "--year YYYY", "Carry an edition through: intake of the files waiting in the countries' folders,"
                + " validation, computation of the index, publication into <output>/<YYYY>/."),
        INTAKE("intake", "", "Take in the files waiting in the countries' folders and exit: validate, store every"
                + " version, archive a read-only copy and write the feedback next to each file. Computes and"
                + " publishes nothing."),
        WATCH("watch", "", "Keep running until interrupted (Ctrl+C): take in every new or changed file of the"
                + " countries' folders within seconds of its arrival (readiness.watch.poll, default 2s), and run the"
                + " annual publication on the schedule of readiness.watch.publish-cron (default '0 0 6 1 12 *', 06:00"
                + " on 1 December; empty: never) for readiness.watch.edition (default: the latest edition in"
                + " editions.csv)."),
        COMPUTE("compute", "--meta FILE --data FILE --method FILE --out DIR", "Run the composite-indicator engine"
                + " alone on COINr-layout files (iMeta, iData long or wide) with a method file; write one CSV per"
                + " stage into DIR. Starts no database."),
        TEMPLATES("templates", "--year YYYY", "Write each country's Excel submission template for the edition into"
                + " <output>/templates/<YYYY>/ (AIRI_<YYYY>_<CC>_template.xlsx), from the codebook and countries of"
                + " the input folder and the texts of the templates folder. Starts no database."),
        SAMPLE_INPUT("sample-input", "", "Write the illustrative sample input (27 countries, editions 2025 and"
                + " 2026) into the input folder, replacing the shipped files."),
        HELP("help", "", "Show this help (also --help or -h).");

        private final String word;
        private final String arguments;
        private final String summary;

        Command(String word, String arguments, String summary) {
            this.word = word;
            this.arguments = arguments;
            this.summary = summary;
        }

        public String word() {
            return word;
        }

        String arguments() {
            return arguments;
        }

        String summary() {
            return summary;
        }

        static Command of(String word) {
            for (Command c : values()) {
                if (c.word.equals(word)) {
                    return c;
                }
            }
            throw new UsageException("unknown command '" + word + "'; commands: run, intake, watch, compute, templates, sample-input,"
                    + " help");
        }
    }

    /** A command line that cannot be understood; the message says what to type instead. */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** The options and the Spring property each one sets. */
    static final Map<String, String> OPTIONS = Map.of(
            "year", "readiness.year",
            "input", "readiness.input",
            "output", "readiness.output",
            "templates", "readiness.templates",
            "db", "readiness.database",
            "meta", "readiness.compute.meta",
            "data", "readiness.compute.data",
            "method", "readiness.compute.method",
            "out", "readiness.compute.out");

    /** The property {@code --debug} sets. */
    public static final String DEBUG = "readiness.debug";

    public static CommandLine parse(String... args) {
        Command command = null;
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> passThrough = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(Command.HELP, Map.of(), List.of());
            }
            if (arg.equals("--debug")) {
                // The details behind a one-line failure: our debug log, and the stack trace of a failed start.
                properties.put(DEBUG, "true");
                properties.put("logging.level.eu.aireadiness", "DEBUG");
                properties.put("logging.level.com.zaxxer.hikari", "WARN");
                continue;
            }
            if (!arg.startsWith("--")) {
                if (command != null) {
                    throw new UsageException("unexpected argument '" + arg + "' after command '" + command.word() + "'");
                }
                command = Command.of(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            String property = OPTIONS.get(name);
            if (property == null) {
                if (value == null) {
                    throw new UsageException("unknown option '" + arg + "'; options: --year, --input, --output,"
                            + " --templates, --db, --meta, --data, --method, --out, --debug (see --help)");
                }
                passThrough.add(arg);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("option --" + name + " needs a value, e.g. --" + name + " "
                            + example(name));
                }
                value = args[++i];
            }
            properties.put(property, name.equals("db") ? Path.of(value).toAbsolutePath().normalize().toString() : value);
        }
        if (command == null) {
            throw new UsageException("no command given; try 'run --year 2026' or --help");
        }
        if (command == Command.RUN || command == Command.TEMPLATES) {
            String year = properties.get("readiness.year");
            if (year == null) {
                throw new UsageException("'" + command.word() + "' needs the edition: " + command.word()
                        + " --year YYYY");
            }
            if (!year.matches("(19|20|21)\\d\\d")) {
                throw new UsageException("--year expects a four-digit year such as 2026, found '" + year + "'");
            }
        }
        if (command == Command.COMPUTE) {
            for (String option : List.of("meta", "data", "method", "out")) {
                if (!properties.containsKey(OPTIONS.get(option))) {
                    throw new UsageException("'compute' needs --" + option + ": compute --meta iMeta.csv --data"
                            + " iData.csv --method method.yml --out DIR");
                }
            }
        }
        return new CommandLine(command, properties, passThrough);
    }

    private static String example(String option) {
        return switch (option) {
            case "year" -> "2026";
            case "db" -> "data/readiness";
            case "meta" -> "iMeta.csv";
            case "data" -> "iData_long.csv";
            case "method" -> "method.yml";
            default -> "DIR";
        };
    }

    /** The arguments to hand to Spring: our options as properties, then the pass-through ones. */
    public boolean debug() {
        return "true".equals(properties.get(DEBUG));
    }

    public String[] springArguments() {
        List<String> out = new ArrayList<>();
        out.add("--readiness.command=" + command.word());
        properties.forEach((k, v) -> out.add("--" + k + "=" + v));
        out.addAll(passThrough);
        return out.toArray(String[]::new);
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

    public static String help() {
        StringBuilder text = new StringBuilder();
        text.append("European AI Readiness Index: intake, computation and publication of an edition.\n\n");
        text.append("Usage: java -jar target/readiness-index.jar <command> [options]\n\nCommands:\n");
        for (Command c : Command.values()) {
            String usage = c.word() + (c.arguments().isEmpty() ? "" : " " + c.arguments());
            List<String> lines = wrap(c.summary(), 72);
            if (usage.length() > 26) { // a long usage gets a line of its own, the summary below it
                text.append(String.format("  %s%n", usage));
            } else {
                text.append(String.format("  %-26s %s%n", usage, lines.remove(0)));
            }
            lines.forEach(line -> text.append(String.format("  %-26s %s%n", "", line)));
        }
        text.append("""

                Options (each is also a Spring property, settable in application.properties, as
                --property=value or as an environment variable such as READINESS_INPUT):
                  --year YYYY        readiness.year       the edition to run
                  --input DIR        readiness.input      officers' drop folders and the edition's inputs (default: input)
                  --output DIR       readiness.output     where publications and officers' templates are written (default: output)
                  --templates DIR    readiness.templates  texts and branding of the publications and templates (default: output-templates)
                  --db PATH          readiness.database   the embedded H2 database file (default: data/readiness)
                  --debug                                 with a failure's one line, its details: stack trace, debug log

                Options of compute (see "Method file" in README.md):
                  --meta FILE        the index structure in COINr's iMeta layout
                  --data FILE        the units' data in COINr's iData layout, long or wide (told by the header)
                  --method FILE      the method file (YAML): one section per step
                  --out DIR          where the CSV of every stage is written

                PostgreSQL: add --spring.profiles.active=postgres; the connection comes from READINESS_DB_URL,
                READINESS_DB_USER and READINESS_DB_PASSWORD (default jdbc:postgresql://127.0.0.1:5432/readiness).
                --readiness.database-timeout=60s bounds every wait on it: a server that goes away ends the run
                with one line within a few times that. Two processes on one database: a run or intake already
                running holds a lock, and a second one is refused with one line naming it (host, process id,
                start time), or waits up to --readiness.lock-wait=10m.

                Exit status: 0 on success, 1 when the run failed (the reason is printed on one line), 2 for a
                command line that cannot be understood.
                """);
        return text.toString();
    }
}
