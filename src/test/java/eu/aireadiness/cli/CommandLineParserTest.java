package eu.aireadiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The command line read into its command, without starting anything: every mistake in the line itself is a
 * {@link UsageException} that says what to type instead, and every command gets its own options.
 */
class CommandLineParserTest {

    /** No system property, no environment, no properties file but the jar's: only the line counts. */
    private final CommandLineParser parser = parser(Map.of());

    private static CommandLineParser parser(Map<String, String> environment) {
        return new CommandLineParser(line -> new SettingSources(line, new Properties(), environment,
                List.of(SettingSources.jarDefaults())));
    }

    private void refused(String message, String... args) {
        assertThatThrownBy(() -> parser.parse(args)).isInstanceOf(UsageException.class).hasMessage(message);
    }

    @Test
    void anUnknownCommandIsRefusedWithTheNearestOne() {
        refused("unknown command 'rn'; did you mean 'run'? Commands: run, intake, watch, serve, compute,"
                + " templates, sample-input, users, version, help (see --help)", "rn", "--year", "2026");
        refused("unknown command 'publish'; commands: run, intake, watch, serve, compute, templates, sample-input,"
                + " users, version, help (see --help)", "publish");
    }

    @Test
    void anUnknownOptionIsRefusedWithTheNearestOne() {
        refused("unknown option '--ouput'; did you mean --output? (see run --help)", "run", "--year", "2026",
                "--ouput", "x");
        refused("unknown option '--colour' (see run --help)", "run", "--year", "2026", "--colour");
        refused("unknown option '-y'; options start with two dashes, e.g. --year 2026 (see --help)", "run", "-y",
                "2026");
    }

    @Test
    void anOptionWithoutItsValueIsRefusedWithAnExample() {
        refused("option --year needs a value, e.g. --year 2026", "run", "--year");
        refused("option --output needs a value, e.g. --output DIR", "run", "--output", "--year", "2026");
        refused("option --quiet takes no value; write --quiet alone", "run", "--year", "2026", "--quiet=yes");
        refused("option --year is given twice ('2025' and '2026'); give it once", "run", "--year", "2025",
                "--year=2026");
    }

    @Test
    void aCommandRefusesTheOptionsOfOthersAndNeedsItsOwn() {
        refused("'compute' takes no --year; its options: --meta, --data, --method, --out, --quiet, --debug (see"
                + " compute --help)", "compute", "--year", "2026");
        refused("'run' needs the edition: run --year YYYY", "run");
        refused("'templates' needs the edition: templates --year YYYY", "templates");
        refused("'compute' needs --data: compute --meta FILE --data FILE --method FILE --out DIR", "compute",
                "--meta", "iMeta.csv", "--method", "m.yml", "--out", "o");
        refused("--year expects a four-digit year such as 2026, found '26'", "run", "--year", "26");
        refused("'templates' starts no Spring and takes no property such as '--spring.profiles.active=postgres';"
                + " its options: --year, --input, --output, --templates, --quiet, --debug", "templates", "--year",
                "2026", "--spring.profiles.active=postgres");
        refused("unexpected argument '2026' after 'run'", "run", "2026");
        refused("no command given; try 'run --year 2026', or --help for all commands");
    }

    @Test
    void helpAndVersionAreCommandsOfTheirOwn() {
        assertThat(parser.parse("--help")).isEqualTo(new Command.Help(Optional.empty()));
        assertThat(parser.parse("-h")).isEqualTo(new Command.Help(Optional.empty()));
        assertThat(parser.parse("help")).isEqualTo(new Command.Help(Optional.empty()));
        assertThat(parser.parse("help", "compute")).isEqualTo(new Command.Help(Optional.of(Verb.COMPUTE)));
        assertThat(parser.parse("run", "--help")).isEqualTo(new Command.Help(Optional.of(Verb.RUN)));
        assertThat(parser.parse("compute", "--meta", "x", "-h")).isEqualTo(new Command.Help(Optional.of(Verb.COMPUTE)));
        assertThat(parser.parse("--version")).isEqualTo(new Command.Version());
        assertThat(parser.parse("version")).isEqualTo(new Command.Version());
    }

    @Test
    void eachCommandGetsItsOwnOptions() {
        assertThat(parser.parse("compute", "--meta", "m.csv", "--data=d.csv", "--method", "a.yml", "--out", "o",
                "--quiet")).isEqualTo(new Command.Compute(Path.of("m.csv"), Path.of("d.csv"), Path.of("a.yml"),
                Path.of("o"), true));
        assertThat(parser.parse("templates", "--year", "2026", "--output", "elsewhere"))
                .isEqualTo(new Command.Templates(2026, new Folders(Optional.of(Path.of("input")),
                        Optional.of(Path.of("elsewhere")), Optional.of(Path.of("output-templates")),
                        Optional.of(Path.of("data/archive"))), false));
        assertThat(parser.parse("sample-input", "--input", "in")).isEqualTo(new Command.SampleInput(Path.of("in"),
                false));
    }

    @Test
    void aRunHandsSpringItsOptionsAsPropertiesAndTheConsoleItsSettings() {
        Command.Run run = (Command.Run) parser.parse("run", "--year", "2026", "--input", "in", "--quiet",
                "--spring.profiles.active=postgres");
        assertThat(run.year()).isEqualTo(2026);
        assertThat(run.folders().input()).contains(Path.of("in"));
        assertThat(run.spring().arguments()).containsExactly("--readiness.command=run", "--readiness.year=2026",
                "--readiness.input=in", "--readiness.quiet=true", "--logging.file.name=./data/readiness.log",
                "--logging.threshold.console=ERROR", "--spring.profiles.active=postgres");
        Command.Intake intake = (Command.Intake) parser.parse("intake", "--db", "/tmp/x/db", "--debug");
        assertThat(intake.spring().arguments()).containsExactly("--readiness.command=intake",
                "--readiness.database=/tmp/x/db", "--readiness.debug=true", "--logging.file.name=/tmp/x/db.log",
                "--logging.threshold.console=DEBUG", "--logging.level.eu.aireadiness=DEBUG",
                "--logging.level.com.zaxxer.hikari=WARN");
        Command.Intake logged = (Command.Intake) parser.parse("intake", "--log", "intake.log",
                "--logging.threshold.console=INFO");
        assertThat(logged.spring().arguments()).containsExactly("--readiness.command=intake",
                "--logging.file.name=intake.log", "--logging.threshold.console=INFO");
    }

    @Test
    void serveAloneStartsAWebServerOnTheAddressAndPortGivenOrTheLoopbackByDefault() {
        Command.Serve serve = (Command.Serve) parser.parse("serve", "--input", "in", "--port", "9090",
                "--spring.profiles.active=postgres");
        assertThat(serve.folders().input()).contains(Path.of("in"));
        assertThat(serve.port()).contains("9090");
        assertThat(serve.address()).as("application.properties' default").contains("127.0.0.1");
        assertThat(serve.spring().arguments()).containsExactly("--readiness.command=serve",
                "--spring.main.web-application-type=servlet", "--readiness.input=in", "--server.port=9090",
                "--logging.file.name=./data/readiness.log", "--logging.threshold.console=WARN",
                "--spring.profiles.active=postgres");
        Command.Serve everywhere = (Command.Serve) parser(Map.of("SERVER_ADDRESS", "0.0.0.0")).parse("serve");
        assertThat(everywhere.address()).contains("0.0.0.0");
        assertThat(everywhere.port()).contains("8080");
        Command.Watch watch = (Command.Watch) parser.parse("watch");
        assertThat(watch.spring().arguments()).as("no other command has a web server")
                .noneMatch(a -> a.contains("web-application-type"));
        assertThatThrownBy(() -> parser.parse("run", "--year", "2026", "--port", "9090"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("'run' takes no --port;");
    }

    @Test
    void theFoldersAreThoseSpringWillBindFromTheEnvironmentUnlessTheLineSetsThem() {
        CommandLineParser withEnvironment = parser(Map.of("READINESS_INPUT", "/srv/input", "READINESS_OUTPUT",
                "/srv/output"));
        Command.Run run = (Command.Run) withEnvironment.parse("run", "--year", "2026", "--output", "here");
        assertThat(run.folders().input()).contains(Path.of("/srv/input"));
        assertThat(run.folders().output()).contains(Path.of("here"));
        assertThat(run.folders().templates()).contains(Path.of("output-templates"));
        Command.Run moved = (Command.Run) parser.parse("run", "--year", "2026",
                "--spring.config.location=/etc/readiness/");
        assertThat(moved.folders()).as("configuration elsewhere: left to the run's own checks")
                .isEqualTo(new Folders(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
