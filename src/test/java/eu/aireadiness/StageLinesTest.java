package eu.aireadiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator reads of a run of the sample input: one line per stage with its counts and time, progress lines
 * on long work, the rejected file's warning, the outcome; and with --quiet, nothing. The counts expected are read
 * from the sample's own files here, not from the program.
 */
class StageLinesTest {

    @Test
    void aRunPrintsOneLinePerStageWithItsCountsAndQuietPrintsNothing(@TempDir Path dir) throws Exception {
        Path input = copyOfTheSampleInput(dir.resolve("input"));
        Path out = dir.resolve("output");
        String[] run = {"run", "--year", "2026", "--input", input.toString(), "--output", out.toString(), "--db",
                dir.resolve("db/readiness").toString(), "--readiness.archive=" + dir.resolve("archive"),
                // The files were copied a moment ago: without this they would wait for the next intake.
                "--readiness.intake.settle=0s"};

        long files = submissions(input);

        Console first = Console.of(dir, concat(run, "--readiness.progress-every=1s"));

        assertThat(first.exit()).as("%s", first.out()).isZero();
        int countries = Files.readAllLines(input.resolve("countries.csv")).size() - 1;
        long indicators;
        try (CSVParser codebook = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(Files.newBufferedReader(input.resolve("codebook.csv")))) {
            indicators = codebook.stream().filter(row -> row.get("level").equals("1")).count();
        }
        Matcher replications = Pattern.compile("replications: (\\d+)").matcher(Files.readString(input.resolve("method.yml")));
        assertThat(replications.find()).isTrue();
        long published;
        try (Stream<Path> walk = Files.walk(out.resolve("2026"))) {
            published = walk.filter(Files::isRegularFile).count();
        }
        List<String> lines = first.out().lines().toList();
        String time = " \\((\\d+\\.\\d s|\\d+ min \\d+ s)\\)";
        // The sample's one deliberate refusal: SK's 2026 file gives GRN5 in years where months are expected.
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(Pattern.quote("intake: " + files + " files, "
                + (files - 1) + " accepted, 1 rejected") + time));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(Pattern.quote("compute: " + countries
                + " countries, " + indicators + " indicators, " + replications.group(1) + " replications") + time));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(Pattern.quote("publish: " + published + " files in "
                + out.resolve("2026").toAbsolutePath()) + time));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("WARN", "Rejected SK/SK_AIRI_2026.csv"));
        assertThat(lines).last().isEqualTo("edition 2026 published in " + out.resolve("2026").toAbsolutePath());
        assertThat(lines).as("progress lines on work longer than readiness.progress-every")
                .anySatisfy(l -> assertThat(l).matches("(intake|compute|publish): .* so far" + time));
        assertThat(lines).as("every line is a stage's, a warning, or the outcome: no log line, no per-file line")
                .allSatisfy(l -> assertThat(l).matches("(starting|intake|compute|publish): .*|\\d\\d:\\d\\d:\\d\\d\\.\\d+ WARN .*"
                        + "|edition 2026 published in .*"));
        assertThat(dir.resolve("db/readiness.log")).as("the log file has the rest").content()
                .contains("Accepted AT/AIRI_2026_AT.csv");

        Console quiet = Console.of(dir, concat(run, "--quiet"));
        assertThat(quiet.exit()).isZero();
        assertThat(quiet.out()).as("--quiet prints nothing but errors").isEmpty();
        Console again = Console.of(dir, run);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("edition 2026 is up to date");
    }

    /**
     * What a run prints, standard output and error together, run as its own process as an operator runs it: in
     * this JVM the logging set up by other tests' Spring contexts would decide what reaches the console.
     */
    private record Console(int exit, String out) {

        static Console of(Path dir, String... arguments) throws Exception {
            List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                    "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), ReadinessIndexApplication.class.getName()));
            command.addAll(List.of(arguments));
            Path log = Files.createTempFile(dir, "console-", ".txt");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the run did not end within 5 minutes: " + Files.readString(log));
            }
            return new Console(process.exitValue(), Files.readString(log));
        }
    }

    private static String[] concat(String[] line, String more) {
        return Stream.concat(Stream.of(line), Stream.of(more)).toArray(String[]::new);
    }

    /** The officers' files of the countries' folders. */
    private static long submissions(Path input) throws Exception {
        try (Stream<Path> walk = Files.walk(input, 2)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(input)).count();
        }
    }

    private static Path copyOfTheSampleInput(Path copy) throws Exception {
        Path sample = Path.of("input");
        try (Stream<Path> walk = Files.walk(sample)) {
            for (Path from : walk.toList()) {
                String name = from.getFileName().toString();
                if (name.endsWith(".feedback.txt") || name.endsWith(".feedback.csv")) {
                    continue;
                }
                Path to = copy.resolve(sample.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }
}
