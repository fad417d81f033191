package eu.aireadiness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the command line once into a {@link Command}. Everything wrong with the line itself is a
 * {@link UsageException} that says what to type: an unknown command or option (with the nearest one), an option
 * without its value or given twice, an option the command does not take, a required one missing, a year that is not
 * one. Arguments of the form {@code --name.with.dots=value} are Spring properties and go to Spring unchanged, for the
 * commands that start it.
 */
public final class CommandLineParser {

    private final Function<Map<String, String>, SettingSources> sources;

    /** A parser that finds the settings not on the line where Spring Boot would (see {@link SettingSources}). */
    public CommandLineParser() {
        this(SettingSources::of);
    }

    CommandLineParser(Function<Map<String, String>, SettingSources> sources) {
        this.sources = sources;
    }

    public Command parse(String... args) {
        Verb verb = null;
        Optional<Verb> helpAbout = Optional.empty();
        boolean helpAsked = false;
        Map<Setting, String> given = new EnumMap<>(Setting.class);
        List<String> passThrough = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                helpAsked = true;
            } else if (arg.equals("--version")) {
                return new Command.Version();
            } else if (!arg.startsWith("-") || arg.equals("-")) {
                if (verb == null) {
                    verb = verb(arg);
                } else if (verb == Verb.USERS) {
                    operands.add(arg);
                } else if (verb == Verb.HELP && helpAbout.isEmpty()) {
                    helpAbout = Optional.of(verb(arg));
                } else {
                    throw new UsageException("unexpected argument '" + arg + "' after '" + verb.word() + "'"
                            + (verb.startsSpring() || verb.required().isEmpty() ? "" : "; options take their value"
                            + " after a space, e.g. " + verb.usage()));
                }
            } else if (!arg.startsWith("--")) {
                throw new UsageException("unknown option '" + arg + "'; options start with two dashes, e.g."
                        + " --year 2026 (see --help)");
            } else {
                String name = arg.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                if (verb == Verb.USERS && name.startsWith("pass")) {
                    throw new UsageException(UserAction.PASSWORD_NEVER_ON_LINE);
                }
                Optional<Setting> setting = Setting.ofOption(name);
                if (setting.isEmpty()) {
                    if (value != null && name.contains(".")) {
                        passThrough.add(arg);
                        continue;
                    }
                    throw new UsageException("unknown option '--" + name + "'" + Nearest.to(name, Setting.optionNames())
                            .map(o -> "; did you mean --" + o + "?").orElse("") + " (see "
                            + (verb == null ? "" : verb.word() + " ") + "--help)");
                }
                Setting s = setting.get();
                if (s.isFlag()) {
                    if (value != null) {
                        throw new UsageException("option --" + name + " takes no value; write --" + name + " alone");
                    }
                    value = "true";
                } else if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("option --" + name + " needs a value, e.g. --" + name + " "
                                + example(s));
                    }
                    value = args[++i];
                }
                if (s == Setting.COUNTRY && given.containsKey(s)) {
                    value = given.get(s) + "," + value;
                } else if (given.containsKey(s)) {
                    throw new UsageException("option --" + name + " is given twice ('" + given.get(s) + "' and '"
                            + value + "'); give it once");
                }
                given.put(s, value);
            }
        }
        if (helpAsked && verb == Verb.USERS && !operands.isEmpty()) {
            return new Command.UsersHelp(UsersLine.action(operands));
        }
        if (helpAsked || verb == Verb.HELP) {
            return new Command.Help(verb == null || verb == Verb.HELP ? helpAbout : Optional.of(verb));
        }
        if (verb == null) {
            throw new UsageException("no command given; try 'run --year 2026', or --help for all commands");
        }
        return command(verb, given, passThrough, operands);
    }

    private Command command(Verb verb, Map<Setting, String> given, List<String> passThrough, List<String> operands) {
        for (Setting s : given.keySet()) {
            if (!verb.takes(s)) {
                throw new UsageException("'" + verb.word() + "' takes no --" + s.option().orElseThrow() + "; "
                        + options(verb) + " (see " + verb.word() + " --help)");
            }
        }
        if (!passThrough.isEmpty() && !verb.startsSpring()) {
            throw new UsageException("'" + verb.word() + "' starts no Spring and takes no property such as '"
                    + passThrough.get(0) + "'; " + options(verb));
        }
        for (Setting s : verb.required()) {
            if (!given.containsKey(s)) {
                throw new UsageException(s == Setting.YEAR ? "'" + verb.word() + "' needs the edition: " + verb.usage()
                        : "'" + verb.word() + "' needs --" + s.option().orElseThrow() + ": " + verb.usage());
            }
        }
        int year = given.containsKey(Setting.YEAR) ? year(given.get(Setting.YEAR)) : 0;
        if (given.containsKey(Setting.DATABASE)) {
            given.put(Setting.DATABASE, Path.of(given.get(Setting.DATABASE)).toAbsolutePath().normalize().toString());
        }
        Map<String, String> properties = new LinkedHashMap<>();
        given.forEach((s, v) -> {
            if (s != Setting.QUIET && s != Setting.DEBUG && s != Setting.LOG) {
                properties.put(s.property(), v);
            }
        });
        Map<String, String> onLine = new LinkedHashMap<>(properties);
        passThrough.forEach(a -> onLine.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        SettingSources settings = sources.apply(onLine);
        Folders folders = Folders.of(settings, verb);
        boolean quiet = given.containsKey(Setting.QUIET);
        boolean debug = given.containsKey(Setting.DEBUG);
        if (quiet) {
            properties.put(Setting.QUIET.property(), "true");
        }
        if (debug) {
            properties.put(Setting.DEBUG.property(), "true");
        }
        SpringStart spring = new SpringStart(verb, properties, passThrough, logFile(given, settings), quiet, debug);
        return switch (verb) {
            case RUN -> new Command.Run(year, folders, spring);
            case INTAKE -> new Command.Intake(folders, spring);
            case WATCH -> new Command.Watch(folders, spring);
            case SERVE -> new Command.Serve(folders, known(settings, Setting.ADDRESS), known(settings, Setting.PORT),
                    spring);
            case COMPUTE -> new Command.Compute(Path.of(given.get(Setting.META)), Path.of(given.get(Setting.DATA)),
                    Path.of(given.get(Setting.METHOD)), Path.of(given.get(Setting.OUT)), quiet);
            case TEMPLATES -> new Command.Templates(year, folders, quiet);
            case SAMPLE_INPUT -> new Command.SampleInput(folders.input().orElseThrow(), quiet);
            case USERS -> UsersLine.command(operands, given, folders, spring);
            case VERSION -> new Command.Version();
            case HELP -> new Command.Help(Optional.empty());
        };
    }

    /** The log file: as given, else next to the database file, which is where the run's other state lies. */
    private static String logFile(Map<Setting, String> given, SettingSources settings) {
        return Optional.ofNullable(given.get(Setting.LOG)).or(() -> settings.value(Setting.LOG))
                .orElseGet(() -> settings.value(Setting.DATABASE).orElse("data/readiness") + ".log");
    }

    /** A setting's value as Spring will bind it, when that can be known before it starts. */
    private static Optional<String> known(SettingSources settings, Setting setting) {
        return settings.known() ? settings.value(setting).filter(v -> !v.contains("${")) : Optional.empty();
    }

    private static int year(String text) {
        if (!text.matches("(19|20|21)\\d\\d")) {
            throw new UsageException("--year expects a four-digit year such as 2026, found '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static Verb verb(String word) {
        return Verb.of(word).orElseThrow(() -> new UsageException("unknown command '" + word + "'"
                + Nearest.to(word, Verb.words()).map(v -> "; did you mean '" + v + "'? Commands: ")
                .orElse("; commands: ") + String.join(", ", Verb.words()) + " (see --help)"));
    }

    private static String options(Verb verb) {
        List<Setting> all = new ArrayList<>(verb.required());
        all.addAll(verb.optional());
        return all.isEmpty() ? "it takes no options" : "its options: " + all.stream()
                .map(s -> "--" + s.option().orElseThrow()).collect(Collectors.joining(", "));
    }

    private static String example(Setting setting) {
        return switch (setting) {
            case YEAR -> "2026";
            case DATABASE -> "data/readiness";
            case LOG -> "data/readiness.log";
            case PORT -> "8080";
            case ADDRESS -> "127.0.0.1";
            case META -> "iMeta.csv";
            case DATA -> "iData_long.csv";
            case METHOD -> "method.yml";
            default -> setting.placeholder();
        };
    }
}
