package eu.aireadiness.cli;

import static eu.aireadiness.cli.Setting.DATA;
import static eu.aireadiness.cli.Setting.ADDRESS;
import static eu.aireadiness.cli.Setting.DATABASE;
import static eu.aireadiness.cli.Setting.DEBUG;
import static eu.aireadiness.cli.Setting.INPUT;
import static eu.aireadiness.cli.Setting.LOG;
import static eu.aireadiness.cli.Setting.META;
import static eu.aireadiness.cli.Setting.METHOD;
import static eu.aireadiness.cli.Setting.OUT;
import static eu.aireadiness.cli.Setting.OUTPUT;
import static eu.aireadiness.cli.Setting.PORT;
import static eu.aireadiness.cli.Setting.QUIET;
import static eu.aireadiness.cli.Setting.YEAR;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The commands of the jar: the word that names each, what it does, and the options it takes. */
public enum Verb {

    RUN("run", true, "Carry an edition through: intake of the files waiting in the countries' folders, validation,"
            + " computation of the index, publication into <output>/<YYYY>/. A run of inputs already published is"
            + " a no-op; a failed run resumes where it stopped.",
            List.of(YEAR), List.of(INPUT, OUTPUT, Setting.TEMPLATES, DATABASE, LOG, QUIET, DEBUG)),
    INTAKE("intake", true, "Take in the files waiting in the countries' folders and exit: validate, store every"
            + " version, archive a read-only copy and write the feedback next to each file. Computes and publishes"
            + " nothing.",
            List.of(), List.of(INPUT, DATABASE, LOG, QUIET, DEBUG)),
    WATCH("watch", true, "Keep running until interrupted (Ctrl+C): take in every new or changed file of the"
            + " countries' folders within seconds of its arrival, and run the annual publication on the schedule"
            + " of readiness.watch.publish-cron for readiness.watch.edition.",
            List.of(), List.of(INPUT, OUTPUT, Setting.TEMPLATES, DATABASE, LOG, QUIET, DEBUG)),
    SERVE("serve", true, "Keep running until interrupted: the officers' web portal, and, in the one process that"
            + " leads among those on the same database, the watcher of the countries' folders and the annual"
            + " publication of 'watch'. Health and metrics under /actuator.",
            List.of(), List.of(INPUT, OUTPUT, Setting.TEMPLATES, DATABASE, PORT, ADDRESS, LOG, QUIET, DEBUG)),
    COMPUTE("compute", false, "Run the composite-indicator engine alone on COINr-layout files (iMeta, iData long or"
            + " wide) with a method file; write one CSV per stage into the --out folder. Starts no database.",
            List.of(META, DATA, METHOD, OUT), List.of(QUIET, DEBUG)),
    TEMPLATES("templates", false, "Write each country's Excel submission template for the edition into"
            + " <output>/templates/<YYYY>/, from the codebook and countries of the input folder and the texts of"
            + " the templates folder. Starts no database.",
            List.of(YEAR), List.of(INPUT, OUTPUT, Setting.TEMPLATES, QUIET, DEBUG)),
    SAMPLE_INPUT("sample-input", false, "Write the illustrative sample input (27 countries, editions 2025 and 2026)"
            + " into the input folder, replacing the shipped files.",
            List.of(), List.of(INPUT, QUIET, DEBUG)),
    USERS("users", true, "Manage the portal's accounts: 'users add NAME --role officer|publisher|admin [--country"
            + " CC ...]', 'users list', 'users disable NAME', 'users password NAME' (see users --help). A password"
            + " is asked for, or read from standard input, never taken on the command line.",
            List.of(), List.of(Setting.ROLE, Setting.COUNTRY, INPUT, DATABASE, LOG, QUIET, DEBUG)),
    VERSION("version", false, "Print the version, the commit and the build date of the jar (also --version).",
            List.of(), List.of()),
    HELP("help", false, "Show this help, or a command's own with 'help <command>' or '<command> --help'.",
            List.of(), List.of());

    private final String word;
    private final boolean startsSpring;
    private final String summary;
    // List.copyOf in the constructor makes them unmodifiable, which Error Prone cannot tell from the type.
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<Setting> required;
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<Setting> optional;

    Verb(String word, boolean startsSpring, String summary, List<Setting> required, List<Setting> optional) {
        this.word = word;
        this.startsSpring = startsSpring;
        this.summary = summary;
        this.required = List.copyOf(required);
        this.optional = List.copyOf(optional);
    }

    public String word() {
        return word;
    }

    /** Whether the command needs the database, and so Spring; the others answer without either. */
    public boolean startsSpring() {
        return startsSpring;
    }

    String summary() {
        return summary;
    }

    List<Setting> required() {
        return required;
    }

    List<Setting> optional() {
        return optional;
    }

    boolean takes(Setting setting) {
        return required.contains(setting) || optional.contains(setting);
    }

    /** For example "run --year YYYY" or "compute --meta FILE --data FILE --method FILE --out DIR". */
    String usage() {
        StringBuilder usage = new StringBuilder(word);
        required.forEach(s -> usage.append(" --").append(s.option().orElseThrow()).append(' ').append(s.placeholder()));
        return usage.toString();
    }

    static Optional<Verb> of(String word) {
        return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
    }

    static List<String> words() {
        return Arrays.stream(values()).map(Verb::word).toList();
    }
}
