package eu.aireadiness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings the checks before Spring look at, found in Spring Boot's order, a profile's own files included: the
 * folders checked are the ones the run will use.
 */
class SettingSourcesTest {

    @TempDir
    Path work;

    private Optional<String> output(Map<String, String> commandLine, Map<String, String> environment) {
        return SettingSources.of(commandLine, new Properties(), environment, work).value(Setting.OUTPUT);
    }

    private void write(String file, String content) throws IOException {
        Path path = work.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    @Test
    void aProfilesOwnFileOutsideTheJarOverridesTheFilesWithoutProfile() throws IOException {
        write("application.properties", "readiness.output=/srv/plain\n");
        write("config/application-postgres.properties", "readiness.output=/srv/on-postgres\n");

        assertThat(output(Map.of(), Map.of())).contains("/srv/plain");
        assertThat(output(Map.of("spring.profiles.active", "postgres"), Map.of())).contains("/srv/on-postgres");
        assertThat(output(Map.of(), Map.of("SPRING_PROFILES_ACTIVE", "postgres"))).contains("/srv/on-postgres");
    }

    @Test
    void aProfileActivatedInAFileIsReadAndConfigBeatsTheWorkingFolder() throws IOException {
        write("config/application.properties", "spring.profiles.active=postgres\n");
        write("application-postgres.properties", "readiness.output=/srv/here\n");
        assertThat(output(Map.of(), Map.of())).contains("/srv/here");

        write("config/application-postgres.properties", "readiness.output=/srv/config\n");
        assertThat(output(Map.of(), Map.of())).contains("/srv/config");
    }

    @Test
    void theLastProfileNamedWinsAndTheCommandLineWinsOverEveryFile() throws IOException {
        write("application-first.properties", "readiness.output=/srv/first\n");
        write("application-second.properties", "readiness.output=/srv/second\n");

        assertThat(output(Map.of("spring.profiles.active", "first, second"), Map.of())).contains("/srv/second");
        assertThat(output(Map.of("spring.profiles.active", "second,first"), Map.of())).contains("/srv/first");
        assertThat(output(Map.of("spring.profiles.active", "first", "readiness.output", "/srv/line"), Map.of()))
                .contains("/srv/line");
    }

    @Test
    void withoutAnyFileTheJarsDefaultsHold() {
        assertThat(output(Map.of("spring.profiles.active", "postgres"), Map.of())).contains("output");
        assertThat(SettingSources.of(Map.of(), new Properties(), Map.of(), work).value(Setting.DATABASE))
                .contains("./data/readiness");
    }
}
