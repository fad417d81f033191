package eu.aireadiness;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import eu.aireadiness.cli.CommandLine;
import eu.aireadiness.compute.ComputeCommand;
import eu.aireadiness.compute.MethodFileException;
import eu.aireadiness.database.DatabaseFailure;
import eu.aireadiness.database.DatabaseStartCheck;
import eu.aireadiness.framework.EditionState;
import eu.aireadiness.framework.EditionsReader;
import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.pipeline.AnnualRun;
import eu.aireadiness.sample.SampleInput;
import eu.aireadiness.templates.OfficerTemplates;
import eu.aireadiness.templates.TemplateException;

/** The entry point: parses the command line, then runs the command, starting Spring only where a database is needed. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReadinessIndexApplication {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            System.err.println("readiness-index: " + e.getMessage());
            return 2;
        }
        switch (line.command()) {
            case HELP -> {
                System.out.print(CommandLine.help());
                return 0;
            }
            case SAMPLE_INPUT -> {
                Path input = Path.of(line.properties().getOrDefault("readiness.input", "input"));
                SampleInput.generate(input);
                System.out.println("Sample input written to " + input.toAbsolutePath().normalize());
                return 0;
            }
            case COMPUTE -> {
                return compute(line);
            }
            case TEMPLATES -> {
                return templates(line);
            }
            case RUN, INTAKE, WATCH -> {
                if (line.command() == CommandLine.Command.RUN) {
                    Optional<String> refused = publishedEdition(line);
                    if (refused.isPresent()) {
                        System.err.println("readiness-index: " + refused.get());
                        return 1;
                    }
                }
                return withDatabase(line);
            }
        }
        throw new IllegalStateException("unhandled command " + line.command());
    }

    /**
     * Starts Spring for a command that needs the database. A failure to start (the database in use, damaged,
     * unreachable, ...) is one line naming the cause and what to do, and exit 1; --debug adds the stack trace.
     */
    private static int withDatabase(CommandLine line) {
        DatabaseStartCheck database = new DatabaseStartCheck();
        SpringApplication application = new SpringApplication(ReadinessIndexApplication.class);
        application.addListeners(database);
        try {
            if (line.command() == CommandLine.Command.WATCH) {
                return watch(application, line);
            }
            return SpringApplication.exit(application.run(line.springArguments()));
        } catch (RuntimeException e) {
            if (line.debug()) {
                e.printStackTrace();
            }
            boolean known = DatabaseFailure.explain(e, database.location()).isPresent();
            System.err.println("readiness-index: " + DatabaseFailure.oneLine(e, database.location())
                    + (known || line.debug() ? "" : " (run again with --debug for the details)"));
            return 1;
        }
    }

    /**
     * Starts Spring and returns only once its context is closed, which Spring's shutdown hook does on Ctrl+C or a
     * termination signal, and the watcher itself when it cannot go on (its database file is gone): the poller and
     * the schedule run on the context's scheduler until then. The exit status is that of the beans that say why
     * the watcher stopped.
     */
    private static int watch(SpringApplication application, CommandLine line) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger();
        application.addListeners((ApplicationListener<ContextClosedEvent>) event -> {
            exitCode.set(event.getApplicationContext().getBeansOfType(ExitCodeGenerator.class).values().stream()
                    .mapToInt(ExitCodeGenerator::getExitCode).filter(code -> code != 0).findFirst().orElse(0));
            closed.countDown();
        });
        ConfigurableApplicationContext context = application.run(line.springArguments());
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
        return exitCode.get();
    }

    /**
     * Refuses a run of a published edition before Spring and the database start, so that nothing is touched. The
     * run checks it again once started (the input folder may also be set in a properties file); an editions file
     * that cannot be read here is left to that check, which reports it.
     */
    private static Optional<String> publishedEdition(CommandLine line) {
        Map<String, String> options = line.properties();
        InputFolder folder = new InputFolder(Path.of(options.getOrDefault("readiness.input",
                Optional.ofNullable(System.getenv("READINESS_INPUT")).orElse("input"))));
        int year = Integer.parseInt(options.get("readiness.year"));
        try {
            return EditionsReader.read(folder.editionsFile()).stream()
                    .filter(e -> e.edition() == year && e.state() != EditionState.OPEN).findFirst()
                    .map(e -> AnnualRun.refusedEdition(e, folder.editionsFile(), Path.of(options.getOrDefault(
                                    "readiness.output", Optional.ofNullable(System.getenv("READINESS_OUTPUT"))
                                            .orElse("output")), String.valueOf(year)).toAbsolutePath().normalize()));
        } catch (InputFileException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Writes the officers' templates without Spring: a bad input or texts file is one line and exit 1. */
    private static int templates(CommandLine line) {
        Map<String, String> options = line.properties();
        try {
            OfficerTemplates.Outcome outcome = OfficerTemplates.write(
                    Path.of(options.getOrDefault("readiness.input", "input")),
                    Path.of(options.getOrDefault("readiness.templates", "output-templates")),
                    Path.of(options.getOrDefault("readiness.output", "output")),
                    Integer.parseInt(options.get("readiness.year")));
            System.out.println(outcome.files().size() + " templates written to "
                    + outcome.folder().toAbsolutePath().normalize());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("readiness-index: templates failed: " + (e instanceof InputFileException
                    || e instanceof TemplateException || e instanceof UncheckedIOException
                    ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage()));
            return 1;
        }
    }

    /** Runs the engine alone, without Spring: a failure (a bad file, a refused method) is one line and exit 1. */
    private static int compute(CommandLine line) {
        Map<String, String> options = line.properties();
        try {
            ComputeCommand.Outcome outcome = ComputeCommand.run(Path.of(options.get("readiness.compute.meta")),
                    Path.of(options.get("readiness.compute.data")), Path.of(options.get("readiness.compute.method")),
                    Path.of(options.get("readiness.compute.out")));
            outcome.warnings().forEach(w -> System.out.println("warning: " + w));
            System.out.println(outcome.summary());
            return 0;
        } catch (InputFileException | MethodFileException | IllegalArgumentException | UncheckedIOException e) {
            System.err.println("readiness-index: compute failed: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("readiness-index: compute failed: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
            return 1;
        }
    }
}
