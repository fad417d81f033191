package eu.aireadiness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The value a setting will have once Spring starts, found before it starts, so that the early checks look at the
 * folders the run will use. The order is Spring Boot's: the command line, Java system properties, environment
 * variables, then {@code ./config/application.properties}, {@code ./application.properties}, the jar's
 * {@code application.properties}, and last the default of the properties record. When the configuration is moved
 * elsewhere ({@code spring.config.location} and its kin) the value cannot be known here: {@link #known()} is false,
 * and the checks are left to the run itself.
 */
final class SettingSources {

    private static final List<String> CONFIG_MOVERS = List.of("spring.config.location",
            "spring.config.additional-location", "spring.config.import", "spring.application.json");

    private final Map<String, String> commandLine;
    private final Properties system;
    private final Map<String, String> environment;
    private final List<Properties> files;

    SettingSources(Map<String, String> commandLine, Properties system, Map<String, String> environment,
                   List<Properties> files) {
        this.commandLine = commandLine;
        this.system = system;
        this.environment = environment;
        this.files = files;
    }

    /** The sources of this process, with the settings of its command line as properties. */
    static SettingSources of(Map<String, String> commandLine) {
        List<Properties> files = new ArrayList<>();
        Stream.of(Path.of("config", "application.properties"), Path.of("application.properties"))
                .filter(Files::isRegularFile).forEach(file -> files.add(read(file)));
        files.add(jarDefaults());
        return new SettingSources(commandLine, System.getProperties(), System.getenv(), files);
    }

    Optional<String> value(Setting setting) {
        String property = setting.property();
        if (commandLine.containsKey(property)) {
            return Optional.of(commandLine.get(property));
        }
        if (system.containsKey(property)) {
            return Optional.of(system.getProperty(property));
        }
        if (environment.containsKey(setting.environmentVariable())) {
            return Optional.of(environment.get(setting.environmentVariable()));
        }
        for (Properties file : files) {
            if (file.containsKey(property)) {
                return Optional.of(file.getProperty(property));
            }
        }
        return setting.recordDefault();
    }

    /**
     * The value as a path, when it is known before Spring starts; {@code bySpring} false for a command that starts
     * no Spring, whose settings come from these sources alone.
     */
    Optional<Path> path(Setting setting, boolean bySpring) {
        if (bySpring && !known()) {
            return Optional.empty();
        }
        return value(setting).filter(v -> !bySpring || !v.contains("${")).map(Path::of);
    }

    /** Whether the configuration is where this class looks for it (not moved by spring.config.location and kin). */
    boolean known() {
        return CONFIG_MOVERS.stream().noneMatch(p -> commandLine.containsKey(p) || system.containsKey(p)
                || environment.containsKey(p.replace('.', '_').replace("-", "").toUpperCase(java.util.Locale.ROOT)));
    }

    /** The defaults the jar itself ships in its application.properties, such as the database's path. */
    static Properties jarDefaults() {
        Properties properties = new Properties();
        try (InputStream in = SettingSources.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CommandFailure(file.toAbsolutePath() + " cannot be read (" + e.getMessage()
                    + "); make it readable or remove it");
        }
        return properties;
    }
}
