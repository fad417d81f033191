package eu.aireadiness.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import eu.aireadiness.database.DatabaseProperties;
import eu.aireadiness.pipeline.IntakeProperties;
import eu.aireadiness.pipeline.ReadinessProperties;
import eu.aireadiness.pipeline.WatchProperties;
import eu.aireadiness.service.ServiceProperties;

/**
 * The settings of the jar, each written once: its option, its Spring property, its description, and where its default
 * lives. A setting bound by a {@code @ConfigurationProperties} record takes its property name and default from that
 * record (read by reflection, so the record stays the one place they are written); the others take their default from
 * the jar's {@code application.properties}. The parser, the early checks and the help are all made from this table.
 */
public enum Setting {

    YEAR("year", "YYYY", "readiness.year", "the edition"),
    INPUT("input", "DIR", ReadinessProperties.class, "input",
            "the officers' drop folders and the edition's inputs (codebook, countries, editions, method)"),
    OUTPUT("output", "DIR", ReadinessProperties.class, "output",
            "where publications (<output>/<YYYY>/) and officers' templates are written"),
    TEMPLATES("templates", "DIR", ReadinessProperties.class, "templates",
            "texts and branding of the publications and templates"),
    DATABASE("db", "PATH", "readiness.database", "the embedded H2 database file"),
    LOG("log", "FILE", "readiness.log", "the log file of the run (default: the database path with .log)"),
    META("meta", "FILE", "readiness.compute.meta", "the index structure in COINr's iMeta layout"),
    DATA("data", "FILE", "readiness.compute.data",
            "the units' data in COINr's iData layout, long or wide (told by the header)"),
    METHOD("method", "FILE", "readiness.compute.method",
            "the method file (YAML), one section per step (see \"Method file\" in README.md)"),
    OUT("out", "DIR", "readiness.compute.out", "where the CSV of every stage is written"),
    ROLE("role", "ROLE", "readiness.users.role", "users add: the account's role, officer, publisher or admin"),
    COUNTRY("country", "CC", "readiness.users.country",
            "users add: a country of an officer, as in countries.csv; repeat it for several"),
    QUIET("quiet", null, "readiness.quiet", "print nothing but errors (for cron); the log file has the rest"),
    DEBUG("debug", null, "readiness.debug", "with a failure's one line, its details: stack trace, debug log"),
    PORT("port", "PORT", "server.port", "the port the portal listens on"),
    ADDRESS("address", "ADDRESS", "server.address",
            "the address the portal listens on; 0.0.0.0 for every interface (behind a reverse proxy: leave it)"),

    ARCHIVE(null, null, ReadinessProperties.class, "archive",
            "where a read-only copy of every received file is kept, outside the input folder"),
    DATABASE_TIMEOUT(null, null, DatabaseProperties.class, "databaseTimeout",
            "the longest wait on the database; a server that goes away ends the run within a few times this"),
    LOCK_WAIT(null, null, DatabaseProperties.class, "lockWait",
            "how long a run waits for the lock of a run already going on in another process (0: refused at once)"),
    WATCH_POLL(null, null, WatchProperties.class, "poll", "how often 'watch' looks at the countries' folders"),
    WATCH_PUBLISH_CRON(null, null, WatchProperties.class, "publishCron",
            "when 'watch' runs the annual publication (second minute hour day month weekday; empty: never)"),
    WATCH_EDITION(null, null, WatchProperties.class, "edition",
            "the edition 'watch' publishes (default: the latest in editions.csv when it runs)"),
    LEADERSHIP_TTL(null, null, ServiceProperties.class, "leadershipTtl", "how long the lead of 'serve' processes on"
            + " one database outlives its holder's last renewal; a leader that dies is replaced within this plus"
            + " twice readiness.service.leadership-retry"),
    LEADERSHIP_HEARTBEAT(null, null, ServiceProperties.class, "leadershipHeartbeat",
            "how often the leading 'serve' process renews its lead (at most half the TTL)"),
    LEADERSHIP_RETRY(null, null, ServiceProperties.class, "leadershipRetry",
            "how often a 'serve' process that does not lead tries to take the lead"),
    INTAKE_SETTLE(null, null, IntakeProperties.class, "settle",
            "how long a file must be left unchanged before it is taken in"),
    INTAKE_MAX_FILE_SIZE(null, null, IntakeProperties.class, "maxFileSize", "the largest submitted file read"),
    INTAKE_MAX_ROWS(null, null, IntakeProperties.class, "maxRows", "the most data rows of a submitted file");

    private final String option;
    private final String placeholder;
    private final String property;
    private final Class<?> record;
    private final String component;
    private final String description;

    Setting(String option, String placeholder, String property, String description) {
        this(option, placeholder, property, null, null, description);
    }

    Setting(String option, String placeholder, Class<?> record, String component, String description) {
        this(option, placeholder, prefix(record) + "." + kebab(component), record, component, description);
    }

    Setting(String option, String placeholder, String property, Class<?> record, String component,
            String description) {
        this.option = option;
        this.placeholder = placeholder;
        this.property = property;
        this.record = record;
        this.component = component;
        this.description = description;
    }

    /** The option's name without its dashes; empty for a setting made only as a property. */
    public Optional<String> option() {
        return Optional.ofNullable(option);
    }

    /** Whether the option is a switch that takes no value. */
    public boolean isFlag() {
        return option != null && placeholder == null;
    }

    public String placeholder() {
        return placeholder == null ? "" : placeholder;
    }

    public String property() {
        return property;
    }

    public String description() {
        return description;
    }

    /** The environment variable Spring reads for the property, such as READINESS_INPUT. */
    public String environmentVariable() {
        return property.replace('.', '_').replace("-", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The default of a setting bound by a properties record: the {@code @DefaultValue} of its component. Empty for
     * the others, whose default, if any, is in the jar's application.properties (see {@link SettingSources}).
     */
    public Optional<String> recordDefault() {
        if (record == null) {
            return Optional.empty();
        }
        RecordComponent[] components = record.getRecordComponents();
        Constructor<?> canonical;
        try {
            canonical = record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(record.getSimpleName() + " has no canonical constructor", e);
        }
        String[] names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
        Parameter[] parameters = canonical.getParameters();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(component)) {
                DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
                return value == null || value.value().length == 0 ? Optional.empty()
                        : Optional.of(String.join(",", value.value()));
            }
        }
        throw new IllegalStateException(record.getSimpleName() + " has no component " + component);
    }

    /** The settings that are options, for the parser. */
    static Optional<Setting> ofOption(String name) {
        return Arrays.stream(values()).filter(s -> name.equals(s.option)).findFirst();
    }

    static List<String> optionNames() {
        return Arrays.stream(values()).map(s -> s.option).filter(o -> o != null).toList();
    }

    private static String prefix(Class<?> record) {
        return record.getAnnotation(ConfigurationProperties.class).value();
    }

    private static String kebab(String component) {
        return component.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
