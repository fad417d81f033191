package eu.aireadiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every command line that cannot succeed for a reason known without the database is refused through the entry
 * point before Spring starts: one line on standard error, nothing on standard output, exit 1, and neither the
 * database nor its log file made.
 */
@ExtendWith(OutputCaptureExtension.class)
class EarlyRefusalsTest {

    @TempDir
    Path dir;

    private Path db;
    private Path input;

    @BeforeEach
    void copyOfTheInputFiles() throws Exception {
        db = dir.resolve("db/readiness");
        input = Files.createDirectories(dir.resolve("input"));
        for (String file : new String[] {"codebook.csv", "countries.csv", "editions.csv", "reference-data.csv",
                "method.yml"}) {
            Files.copy(Path.of("input", file), input.resolve(file));
        }
    }

    /** Runs the command line with the test's input, output and database unless it gives its own. */
    private String refused(CapturedOutput output, String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        boolean spring = List.of("run", "intake", "watch", "serve").contains(args[0]);
        if (!line.contains("--input") && !args[0].equals("compute")) {
            line.addAll(List.of("--input", input.toString()));
        }
        if (spring && !line.contains("--db")) {
            line.addAll(List.of("--db", db.toString()));
        }
        if (!line.contains("--output") && List.of("run", "watch", "serve", "templates").contains(args[0])) {
            line.addAll(List.of("--output", dir.resolve("output").toString()));
        }
        int exit = ReadinessIndexApplication.execute(line.toArray(String[]::new));
        assertThat(exit).as("%s", output).isEqualTo(1);
        assertThat(output.getOut()).as("nothing on standard output").isEmpty();
        assertThat(output.getErr().strip()).as("one line").doesNotContain("\n").startsWith("readiness-index: ");
        assertThat(dir.resolve("db")).as("Spring and the database never started").doesNotExist();
        return output.getErr().strip();
    }

    @Test
    void servePortOutOfRange(CapturedOutput output) {
        assertThat(refused(output, "serve", "--port", "70000")).isEqualTo("readiness-index: the port '70000' is not"
                + " a port number; give one from 1 to 65535 (0: any free port) with --port");
    }

    @Test
    void serveAddressThatIsNone(CapturedOutput output) {
        assertThat(refused(output, "serve", "--address", "portal.invalid")).isEqualTo("readiness-index: the address"
                + " 'portal.invalid' is neither an IP address nor a name that resolves; give one such as 127.0.0.1"
                + " (this machine only, the default) or 0.0.0.0 (every interface) with --address");
    }

    @Test
    void servePortTakenByAnotherProgram(CapturedOutput output) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            assertThat(refused(output, "serve", "--port", String.valueOf(taken.getLocalPort()))).startsWith(
                    "readiness-index: the port " + taken.getLocalPort() + " on 127.0.0.1 cannot be listened on (")
                    .endsWith("another program listens on the port, or a port below 1024 needs rights; give another"
                            + " with --address or --port");
        }
    }

    @Test
    void serveWithAMissingInputFolder(CapturedOutput output) {
        assertThat(refused(output, "serve", "--input", dir.resolve("no-input").toString()))
                .contains("the input folder " + dir.resolve("no-input") + " does not exist");
    }

    @Test
    void aYearNotInTheEditionsFile(CapturedOutput output) {
        assertThat(refused(output, "run", "--year", "1900")).isEqualTo("readiness-index: edition 1900 is not listed"
                + " in " + input.resolve("editions.csv") + "; add a row for it (edition,title,publication_date,"
                + "data_status,data_notice,state) or run a listed edition");
    }

    @Test
    void templatesForAYearNotInTheEditionsFile(CapturedOutput output) {
        assertThat(refused(output, "templates", "--year", "2031")).contains("edition 2031 is not listed in");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void aMissingInputFolder(CapturedOutput output) {
        Path missing = dir.resolve("no-input");
        assertThat(refused(output, "run", "--year", "2026", "--input", missing.toString()))
                .isEqualTo("readiness-index: the input folder " + missing + " does not exist; give an existing"
                        + " folder with --input");
    }

    @Test
    void aMissingInputFolderForTheIntake(CapturedOutput output) {
        assertThat(refused(output, "intake", "--input", dir.resolve("no-input").toString()))
                .contains("the input folder " + dir.resolve("no-input") + " does not exist");
    }

    @Test
    void aMissingTemplatesFolder(CapturedOutput output) {
        Path missing = dir.resolve("no-templates");
        assertThat(refused(output, "run", "--year", "2026", "--templates", missing.toString()))
                .isEqualTo("readiness-index: the templates folder " + missing + " does not exist; give an existing"
                        + " folder with --templates");
    }

    @Test
    void aMissingTemplatesFolderForTheWatcher(CapturedOutput output) {
        assertThat(refused(output, "watch", "--templates", dir.resolve("no-templates").toString()))
                .contains("the templates folder " + dir.resolve("no-templates") + " does not exist");
    }

    @Test
    void anOutputFolderThatCannotBeMade(CapturedOutput output) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertThat(refused(output, "run", "--year", "2026", "--output", file.resolve("output").toString()))
                .isEqualTo("readiness-index: the output folder " + file.resolve("output") + " cannot be made: "
                        + file + " is not a folder; give another with --output");
    }

    @Test
    void anOutputFolderThatTakesNoFiles(CapturedOutput output) {
        // /proc takes no new files whatever the user's rights, root's included.
        assertThat(refused(output, "run", "--year", "2026", "--output", "/proc/airi-output"))
                .startsWith("readiness-index: the output folder /proc/airi-output cannot be written: its parent"
                        + " /proc does not take new files");
    }

    @Test
    void anArchiveInsideTheInputFolder(CapturedOutput output) {
        assertThat(refused(output, "run", "--year", "2026", "--readiness.archive=" + input.resolve("archive")))
                .contains("the archive " + input.resolve("archive") + " lies inside the input folder " + input);
    }

    @Test
    void aBrokenMethodFile(CapturedOutput output) throws Exception {
        Path method = input.resolve("method.yml");
        Files.writeString(method, Files.readString(method).replaceFirst("method: goalposts", "method: goalpost"));
        assertThat(refused(output, "run", "--year", "2026")).contains("method.yml", "goalpost");
    }

    @Test
    void aPublishedEditionForTheRun(CapturedOutput output) {
        assertThat(refused(output, "run", "--year", "2025"))
                .startsWith("readiness-index: edition 2025 is published (state 'published' in ");
    }

    @Test
    void computeWithoutItsDataFile(CapturedOutput output) {
        Path asem = Path.of("src/test/resources/asem");
        Path missing = dir.resolve("iData.csv");
        assertThat(refused(output, "compute", "--meta", asem.resolve("iMeta.csv").toString(), "--data",
                missing.toString(), "--method", asem.resolve("method-A.yml").toString(), "--out",
                dir.resolve("out").toString())).isEqualTo("readiness-index: the data file (--data) " + missing
                + " does not exist; give an existing file with --data");
    }

    @Test
    void computeIntoAFolderThatCannotBeMade(CapturedOutput output) throws Exception {
        Path asem = Path.of("src/test/resources/asem");
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertThat(refused(output, "compute", "--meta", asem.resolve("iMeta.csv").toString(), "--data",
                asem.resolve("iData_long.csv").toString(), "--method", asem.resolve("method-A.yml").toString(),
                "--out", file.resolve("out").toString())).contains("the folder of the stages (--out) "
                + file.resolve("out") + " cannot be made: " + file + " is not a folder");
    }

    @Test
    void sampleInputIntoAFolderThatCannotBeMade(CapturedOutput output) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertThat(refused(output, "sample-input", "--input", file.resolve("input").toString()))
                .contains("the input folder " + file.resolve("input") + " cannot be made");
    }

    @Test
    void theWriteCheckLeavesNothingBehind(CapturedOutput output) throws Exception {
        int exit = ReadinessIndexApplication.execute("run", "--year", "1900", "--input", input.toString(),
                "--output", dir.toString(), "--db", db.toString());
        assertThat(exit).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("input");
        }
    }

    @Test
    void aCommandLineThatCannotBeUnderstoodExitsWithTwo(CapturedOutput output) {
        assertThat(ReadinessIndexApplication.execute("run", "--year", "2026", "--ouput", "x")).isEqualTo(2);
        assertThat(output.getErr().strip()).isEqualTo("readiness-index: unknown option '--ouput'; did you mean"
                + " --output? (see run --help)");
        assertThat(output.getOut()).isEmpty();
    }
}
