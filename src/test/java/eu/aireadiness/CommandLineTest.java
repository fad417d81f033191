package eu.aireadiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The jar's command line as a user meets it: help, mistakes in the command, and a run that cannot succeed. */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTest {

    @Test
    void helpExplainsEveryCommandAndOption(CapturedOutput output) {
        assertThat(ReadinessIndexApplication.execute("--help")).isZero();
        assertThat(output.getOut()).contains("run --year YYYY", "sample-input", "--input DIR", "--output DIR",
                "--db PATH", "postgres");
    }

    @Test
    void commandLinesThatCannotBeUnderstoodExitWithTwoAndSayWhy(CapturedOutput output) {
        assertThat(ReadinessIndexApplication.execute()).isEqualTo(2);
        assertThat(ReadinessIndexApplication.execute("run")).isEqualTo(2);
        assertThat(output.getErr()).contains("'run' needs the edition: run --year YYYY");
        assertThat(ReadinessIndexApplication.execute("run", "--year", "26")).isEqualTo(2);
        assertThat(output.getErr()).contains("four-digit year");
        assertThat(ReadinessIndexApplication.execute("publish")).isEqualTo(2);
        assertThat(ReadinessIndexApplication.execute("run", "--year", "2026", "--colour")).isEqualTo(2);
        assertThat(output.getErr()).contains("unknown option '--colour'");
    }

    @Test
    void aRunWithABrokenCodebookFailsWithOneLineNamingFileAndLine(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        for (String file : new String[] {"countries.csv", "editions.csv", "reference-data.csv"}) {
            Files.copy(Path.of("input", file), input.resolve(file));
        }
        String codebook = Files.readString(Path.of("input/codebook.csv"));
        Files.writeString(input.resolve("codebook.csv"), codebook.replace("GRN2,Average data-centre power usage"
                + " effectiveness (PUE),1,GRN,-,", "GRN2,Average data-centre power usage effectiveness (PUE),1,GRN,down,"));

        int exit = ReadinessIndexApplication.execute("run", "--year", "2026", "--input", input.toString(),
                "--output", dir.resolve("output").toString(), "--db", dir.resolve("db").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output.getOut()).contains("codebook.csv, line 15: column 'direction': expected '+' or '-'");
        assertThat(Files.exists(dir.resolve("output"))).isFalse();
    }

    @Test
    void anEditionMissingFromTheEditionsFileIsRefused(@TempDir Path dir, CapturedOutput output) {
        int exit = ReadinessIndexApplication.execute("run", "--year", "2031", "--output",
                dir.resolve("output").toString(), "--db", dir.resolve("db").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(output.getOut()).contains("edition 2031 is not listed in").contains("editions.csv");
    }
}
