package eu.aireadiness.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application as an operator meets it: whole processes, timed from outside (issue 12, "Done when"). Each round
 * times, back to back, {@code make run} on a fresh database and output, {@code make run} again ("up to date"), the
 * same JVM printing {@code --version}, {@code compute} on the ASEM test data, and a command line that must be
 * refused ({@code run --year 1900}); the medians are printed with the ratios to {@code --version}, so that a busy
 * machine slows both sides of a ratio alike. The peak resident memory of {@code make run} is its java process's.
 *
 * <p>Run by {@code make bench}, which passes the java command of {@code make run} (JVM flags, class-data archive,
 * extracted jar) as the arguments. {@code make run} is pointed at a scratch copy of {@code input/} through
 * {@code RUN_OPTIONS}, so the project's own {@code data/} and {@code output/} are left alone.
 */
public final class ProcessBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Path ASEM = Path.of("src/test/resources/asem");

    private final List<String> java;
    private final Path scratch;

    private ProcessBenchmark(List<String> java, Path scratch) {
        this.java = java;
        this.scratch = scratch;
    }

    public static void main(String... javaCommand) throws Exception {
        if (javaCommand.length == 0) {
            System.err.println("usage: ProcessBenchmark <the java command of make run, e.g. java -jar X.jar>");
            System.exit(2);
        }
        Path scratch = Files.createTempDirectory("process-benchmark");
        copy(Path.of("input"), scratch.resolve("input"));
        new ProcessBenchmark(List.of(javaCommand), scratch).measure();
        delete(scratch); // kept when a step fails, for its log
    }

    private void measure() throws IOException, InterruptedException {
        List<String> versionWord = List.of("--version");
        if (run(command(versionWord), "version-check").exit() != 0) {
            System.out.println("--version is not known to this jar (exit code not 0): timing 'help' in its place");
            versionWord = List.of("help");
        }
        List<Timed> fresh = new ArrayList<>();
        List<Timed> upToDate = new ArrayList<>();
        List<Timed> version = new ArrayList<>();
        List<Timed> compute = new ArrayList<>();
        List<Timed> refused = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            delete(scratch.resolve("data"));
            delete(scratch.resolve("output"));
            fresh.add(expect(0, run(makeRun(), "make-run-fresh-" + round)));
            upToDate.add(expect(0, run(makeRun(), "make-run-up-to-date-" + round)));
            version.add(expect(0, run(command(versionWord), "version-" + round)));
            compute.add(expect(0, run(command(List.of("compute", "--meta", ASEM.resolve("iMeta.csv").toString(),
                    "--data", ASEM.resolve("iData_long.csv").toString(), "--method",
                    ASEM.resolve("method-A.yml").toString(), "--out", scratch.resolve("asem-" + round).toString())),
                    "compute-asem-" + round)));
            Timed bad = run(command(List.of("run", "--year", "1900", "--input", scratch.resolve("input").toString(),
                    "--output", scratch.resolve("output").toString(), "--db",
                    scratch.resolve("data/readiness").toString())), "bad-year-" + round);
            if (bad.exit() == 0) {
                throw new IllegalStateException("'run --year 1900' was not refused; see " + bad.log());
            }
            refused.add(bad);
        }
        double versionSeconds = median(version);
        System.out.printf("process benchmark, median of %d round(s), (%s):%n", ROUNDS, String.join(" ", java));
        System.out.printf("  %-34s %6.2f s%n", String.join(" ", versionWord), versionSeconds);
        System.out.printf("  %-34s %6.2f s  %5.1f x %s  (goal: under 8 s, at most 8 x)%n", "make run, fresh",
                median(fresh), median(fresh) / versionSeconds, String.join(" ", versionWord));
        System.out.printf("  %-34s %6.2f s  %5.1f x %s  (goal: under 3 s, at most 3 x)%n", "make run, up to date",
                median(upToDate), median(upToDate) / versionSeconds, String.join(" ", versionWord));
        System.out.printf("  %-34s %6.2f s  %5.1f x %s%n", "compute, ASEM (method-A)", median(compute),
                median(compute) / versionSeconds, String.join(" ", versionWord));
        System.out.printf("  %-34s %6.2f s  exit code %d  (goal: under 1 s)%n", "run --year 1900 (refused)",
                median(refused), refused.get(0).exit());
        long peak = fresh.stream().mapToLong(Timed::peakKilobytes).max().orElse(-1);
        System.out.printf("  %-34s %6d MB  (goal: under 400 MB)%n", "peak RSS of make run, fresh",
                peak < 0 ? -1 : Math.round(peak / 1024.0));
    }

    /** {@code make run} on the scratch copy, quietly; make itself adds a few tens of milliseconds. */
    private List<String> makeRun() {
        return List.of("make", "-s", "run", "RUN_OPTIONS=--input " + scratch.resolve("input") + " --output "
                + scratch.resolve("output") + " --db " + scratch.resolve("data/readiness"));
    }

    private List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>(java);
        command.addAll(arguments);
        return command;
    }

    private record Timed(double seconds, int exit, long peakKilobytes, Path log) {
    }

    private static Timed expect(int exit, Timed timed) {
        if (timed.exit() != exit) {
            throw new IllegalStateException("exit code " + timed.exit() + " instead of " + exit + "; see "
                    + timed.log());
        }
        return timed;
    }

    /**
     * Runs a command in the project's folder, its output into a log in the scratch folder. The peak resident memory
     * is the largest of the process and its children (GNU time's %M: the java process under make), or -1 without
     * {@code /usr/bin/time}.
     */
    private Timed run(List<String> command, String name) throws IOException, InterruptedException {
        Path log = scratch.resolve(name + ".log");
        Path memory = scratch.resolve(name + ".rss");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-f", "%M", "-o", memory.toString()));
        }
        full.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = timed ? peakKilobytes(memory) : -1;
        return new Timed(seconds, exit, peak, log);
    }

    /** The last line of GNU time's output (before it, a note such as "Command exited with non-zero status"). */
    private static long peakKilobytes(Path memory) throws IOException {
        List<String> lines = Files.readAllLines(memory);
        return Long.parseLong(lines.get(lines.size() - 1).trim());
    }

    private static double median(List<Timed> runs) {
        double[] seconds = runs.stream().mapToDouble(Timed::seconds).sorted().toArray();
        int middle = seconds.length / 2;
        return seconds.length % 2 == 1 ? seconds[middle] : (seconds[middle - 1] + seconds[middle]) / 2;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    // with their times: the intake leaves files changed within the last seconds for later
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
