package eu.aireadiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an operator meets it, in a process of its own: a refused command line prints its one line on
 * standard error and nothing else, and Spring never starts (no database, no log file, no log line).
 */
class CommandLineProcessTest {

    @TempDir
    Path dir;

    record Ended(int exit, List<String> out, List<String> err) {
    }

    private Ended java(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "eu.aireadiness.ReadinessIndexApplication"));
        command.addAll(List.of(arguments));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after 60 s: " + Files.readAllLines(out) + Files.readAllLines(err));
        }
        return new Ended(process.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }

    private void refusedBeforeSpring(Ended ended, int exit, String line) {
        assertThat(ended.exit()).as("%s", ended).isEqualTo(exit);
        assertThat(ended.out()).as("standard output").isEmpty();
        assertThat(ended.err()).as("standard error").containsExactly(line);
        assertThat(dir.resolve("db")).as("no database folder, no log file: Spring never started").doesNotExist();
    }

    @Test
    void anEditionNotListedIsRefusedBeforeSpringStarts() throws Exception {
        Path db = dir.resolve("db/readiness");
        Ended ended = java("run", "--year", "2031", "--db", db.toString(), "--output", dir.resolve("out").toString());
        refusedBeforeSpring(ended, 1, "readiness-index: edition 2031 is not listed in "
                + Path.of("input/editions.csv").toAbsolutePath() + "; add a row for it (edition,title,"
                + "publication_date,data_status,data_notice,state) or run a listed edition");
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeSpringStarts() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Ended ended = java("run", "--year", "2026", "--db", dir.resolve("db/readiness").toString(), "--output",
                file.resolve("output").toString());
        refusedBeforeSpring(ended, 1, "readiness-index: the output folder " + file.resolve("output")
                + " cannot be made: " + file + " is not a folder; give another with --output");
    }

    @Test
    void aMistypedCommandIsRefusedWithUsageStatus() throws Exception {
        refusedBeforeSpring(java("rn", "--year", "2026"), 2, "readiness-index: unknown command 'rn'; did you mean"
                + " 'run'? Commands: run, intake, watch, serve, compute, templates, sample-input, users, version, help"
                + " (see --help)");
    }

    @Test
    void versionNamesTheVersionTheCommitAndTheBuildDate() throws Exception {
        Ended ended = java("--version");
        assertThat(ended.exit()).isZero();
        assertThat(ended.err()).isEmpty();
        assertThat(ended.out()).hasSize(1);
        // The pom's own version, read from it here; the commit as the build wrote it, or "unknown" outside git.
        Matcher pom = Pattern.compile("<artifactId>readiness-index</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(ended.out().get(0)).matches(Pattern.quote("readiness-index " + pom.group(1) + " (commit ")
                + "([0-9a-f]{7,}( with uncommitted changes)?|unknown), built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"
                + "(\\.\\d+)?Z\\)");
    }
}
