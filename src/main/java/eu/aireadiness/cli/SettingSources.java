package eu.aireadiness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The value a setting will have once Spring starts, found before it starts, so that the early checks look at the
 * folders the run will use. The order is Spring Boot's: the command line, Java system properties, environment
 * variables, then the files: outside the jar before inside it, and in each a profile's own file
 * ({@code application-postgres.properties} for {@code --spring.profiles.active=postgres}; the last profile named
 * first) before {@code application.properties}, {@code ./config/} before {@code ./}; last the default of the
 * properties record. When the configuration is moved
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
        return of(commandLine, System.getProperties(), System.getenv(), Path.of(""));
    }

    /** @param workingFolder where {@code ./config/} and {@code ./} are */
    static SettingSources of(Map<String, String> commandLine, Properties system, Map<String, String> environment,
                             Path workingFolder) {
        Optional<Properties> outsideConfig = readIfPresent(workingFolder.resolve("config/application.properties"));
        Optional<Properties> outside = readIfPresent(workingFolder.resolve("application.properties"));
        Properties inside = jarFile("application.properties").orElseGet(Properties::new);
        // Which profiles are active is itself a setting, found in the same order (a profile's own file cannot
        // activate profiles in Spring Boot either).
        List<Properties> plain = new ArrayList<>();
        outsideConfig.ifPresent(plain::add);
        outside.ifPresent(plain::add);
        plain.add(inside);
        List<String> lastFirst = new ArrayList<>(activeProfiles(new SettingSources(commandLine, system, environment,
                plain)));
        Collections.reverse(lastFirst);

        List<Properties> files = new ArrayList<>();
        for (String profile : lastFirst) {
            String name = "application-" + profile + ".properties";
            readIfPresent(workingFolder.resolve("config").resolve(name)).ifPresent(files::add);
            readIfPresent(workingFolder.resolve(name)).ifPresent(files::add);
        }
        outsideConfig.ifPresent(files::add);
        outside.ifPresent(files::add);
        for (String profile : lastFirst) {
            jarFile("application-" + profile + ".properties").ifPresent(files::add);
        }
        files.add(inside);
        return new SettingSources(commandLine, system, environment, files);
    }

    private static List<String> activeProfiles(SettingSources sources) {
        String names = sources.value("spring.profiles.active", "SPRING_PROFILES_ACTIVE").orElse("");
        return Stream.of(names.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    Optional<String> value(Setting setting) {
        return value(setting.property(), setting.environmentVariable()).or(setting::recordDefault);
    }

    private Optional<String> value(String property, String environmentVariable) {
        if (commandLine.containsKey(property)) {
            return Optional.of(commandLine.get(property));
        }
        if (system.containsKey(property)) {
            return Optional.of(system.getProperty(property));
        }
        if (environment.containsKey(environmentVariable)) {
            return Optional.of(environment.get(environmentVariable));
        }
        for (Properties file : files) {
            if (file.containsKey(property)) {
                return Optional.of(file.getProperty(property));
            }
        }
        return Optional.empty();
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
        return jarFile("application.properties").orElseGet(Properties::new);
    }

    private static Optional<Properties> jarFile(String name) {
        try (InputStream in = SettingSources.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Properties> readIfPresent(Path file) {
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
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
