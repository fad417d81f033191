package eu.aireadiness;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import eu.aireadiness.cli.CommandLine;
import eu.aireadiness.sample.SampleInput;

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
            case RUN -> {
                return SpringApplication.exit(SpringApplication.run(ReadinessIndexApplication.class,
                        line.springArguments()));
            }
        }
        throw new IllegalStateException("unhandled command " + line.command());
    }
}
