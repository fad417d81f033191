package eu.aireadiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Each command's own help, its options with their defaults, and --quiet on the commands that start no Spring. */
@ExtendWith(OutputCaptureExtension.class)
class CommandHelpTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            run          | run --year YYYY [options]                                      | --input DIR,--output DIR,--templates DIR,--db PATH,--log FILE,--quiet,--debug | --meta
            intake       | intake [options]                                               | --input DIR,--db PATH,--log FILE,--quiet                                       | --year
            watch        | watch [options]                                                | --input DIR,--output DIR,--templates DIR,--db PATH                             | --year
            serve        | serve [options]                                                | --input DIR,--output DIR,--templates DIR,--db PATH,--port PORT,--address ADDRESS | --year
            compute      | compute --meta FILE --data FILE --method FILE --out DIR [options] | --meta FILE,--data FILE,--method FILE,--out DIR,--quiet                     | --input
            templates    | templates --year YYYY [options]                                | --year YYYY,--input DIR,--output DIR,--templates DIR                           | --db
            sample-input | sample-input [options]                                         | --input DIR                                                                    | --output
            version      | version                                                        | Print the version                                                              | Options:
            """)
    void eachCommandHasItsOwnHelp(String command, String usage, String options, String notThere,
                                  CapturedOutput output) {
        assertThat(ReadinessIndexApplication.execute(command, "--help")).isZero();
        String help = output.getOut();
        assertThat(help).startsWith("Usage: java -jar target/readiness-index.jar " + usage + "\n");
        assertThat(help).contains(options.split(","));
        assertThat(help).doesNotContain(notThere);
        assertThat(output.getErr()).isEmpty();
        int before = output.getOut().length();
        assertThat(ReadinessIndexApplication.execute("help", command)).isZero();
        assertThat(output.getOut().substring(before)).as("help <command> is <command> --help").isEqualTo(help);
    }

    @Test
    void theDefaultsShownAreThoseOfTheSettingsThemselves(CapturedOutput output) {
        assertThat(ReadinessIndexApplication.execute("run", "--help")).isZero();
        // As README.md documents them: the folders next to the jar, the database in data/.
        // Compared with the lines' breaks taken out: a description wraps where the width says.
        assertThat(output.getOut().replaceAll("\\s+", " ")).contains("(default: input) [readiness.input]",
                "(default: output) [readiness.output]", "(default: output-templates) [readiness.templates]",
                "(default: ./data/readiness) [readiness.database]", "(required)");
        int before = output.getOut().length();
        assertThat(ReadinessIndexApplication.execute("--help")).isZero();
        assertThat(output.getOut().substring(before).replaceAll("\\s+", " ")).contains(
                "readiness.watch.publish-cron", "(default: 0 0 6 1 12 *)",
                "readiness.archive", "(default: data/archive)", "readiness.intake.max-file-size", "(default: 20MB)",
                "readiness.lock-wait", "(default: 0s)", "Exit status: 0 on success",
                "--port PORT", "(default: 8080) [server.port]", "--address ADDRESS", "(default: 127.0.0.1) [server.address]",
                "readiness.service.leadership-ttl", "(default: 15s)");
    }

    @Test
    void quietComputePrintsNothingAndWritesItsStages(@TempDir Path dir, CapturedOutput output) {
        Path asem = Path.of("src/test/resources/asem");
        int exit = ReadinessIndexApplication.execute("compute", "--meta", asem.resolve("iMeta.csv").toString(),
                "--data", asem.resolve("iData_wide.csv").toString(), "--method",
                asem.resolve("method-A.yml").toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(exit).isZero();
        assertThat(output.getOut()).isEmpty();
        assertThat(output.getErr()).isEmpty();
        assertThat(dir.resolve("out/results_index.csv")).isRegularFile();
    }

    @Test
    void versionInTheTestsClassesNamesTheBuild(CapturedOutput output) throws Exception {
        assertThat(ReadinessIndexApplication.execute("--version")).isZero();
        String built = Files.readString(Path.of("target/classes/META-INF/build-info.properties"));
        assertThat(output.getOut()).startsWith("readiness-index ").contains("(commit ", ", built ");
        assertThat(built).contains("build.version=" + output.getOut().split(" ")[1]);
    }
}
