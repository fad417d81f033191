package eu.aireadiness;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import eu.aireadiness.cli.CommandLineInterface;

/**
 * The entry point: parses the command line and checks it before anything starts; Spring starts only for the
 * commands that need the database (see {@link CommandLineInterface}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReadinessIndexApplication {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return new CommandLineInterface(ReadinessIndexApplication.class, System.out, System.err).execute(args);
    }
}
