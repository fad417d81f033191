package eu.aireadiness.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How {@code compute} grows with the number of units: the whole process ({@code java -Xmx2g -jar
 * target/readiness-index.jar compute ...}) on synthetic inputs of 1,000, 10,000 and 100,000 units x 40 indicators
 * ({@link SyntheticIndexInput}) with the uncertainty analysis at N = 200, printing the wall time, the peak resident
 * set (VmHWM of /proc/PID/status, polled while it runs) and the growth exponent between sizes, log(t2/t1) /
 * log(n2/n1): 1 is linear, 2 quadratic. Target: 100,000 units under 30 s in a 2 GB heap. It also prints the
 * processor time the process used (user + system, all its threads), which other work on a shared machine disturbs
 * far less than the wall time.
 *
 * <p>Arguments: the unit counts (default 1000 10000 100000). System properties: {@code bench.jar} (default
 * target/readiness-index.jar), {@code bench.heap} (default 2g), {@code bench.replications} (default 200),
 * {@code bench.dir} (default target/bench-scale). Start-up is part of every time, as an analyst meets it; at 1,000
 * units it is most of it, so the first exponent understates the growth of the work itself.
 */
public final class ScaleBenchmark {

    private record Measure(int units, double seconds, double cpuSeconds, long peakKb, String outcome) {
    }

    /** /proc counts processor time in clock ticks of 1/100 s (USER_HZ, fixed for user space on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000};
        Path jar = Path.of(System.getProperty("bench.jar", "target/readiness-index.jar"));
        String heap = System.getProperty("bench.heap", "2g");
        int replications = Integer.getInteger("bench.replications", 200);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-scale"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: build it first (make build)");
        }
        System.out.printf(Locale.ROOT, "compute as a process: %s, -Xmx%s, %d indicators, uncertainty N = %d, %d"
                + " processors%n", jar, heap, SyntheticIndexInput.INDICATORS, replications,
                Runtime.getRuntime().availableProcessors());
        List<Measure> measures = new ArrayList<>();
        for (int units : sizes) {
            SyntheticIndexInput.Input input = SyntheticIndexInput.write(dir.resolve(units + "-units"), units,
                    replications);
            Measure m = run(jar, heap, input, dir.resolve(units + "-units").resolve("out"), units);
            String exponent = "";
            if (!measures.isEmpty() && m.outcome().isEmpty()) {
                Measure before = measures.get(measures.size() - 1);
                exponent = String.format(Locale.ROOT, "  growth exponent from %,d: time %.2f, cpu %.2f, peak RSS %.2f",
                        before.units(), growth(before.seconds(), m.seconds(), before.units(), units),
                        growth(before.cpuSeconds(), m.cpuSeconds(), before.units(), units),
                        growth((double) before.peakKb(), (double) m.peakKb(), before.units(), units));
            }
            System.out.printf(Locale.ROOT, "%,9d units: %7.1f s wall, %7.1f s cpu, peak RSS %,6d MB%s%s%n", units,
                    m.seconds(), m.cpuSeconds(), m.peakKb() / 1024, exponent,
                    m.outcome().isEmpty() ? "" : "  FAILED: " + m.outcome());
            measures.add(m);
        }
    }

    static double growth(double t1, double t2, int n1, int n2) {
        return Math.log(t2 / t1) / Math.log((double) n2 / n1);
    }

    private static Measure run(Path jar, String heap, SyntheticIndexInput.Input input, Path out, int units)
            throws IOException, InterruptedException {
        Path log = out.resolveSibling("compute.log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toString(), "compute",
                "--meta", input.meta().toString(), "--data", input.data().toString(), "--method",
                input.method().toString(), "--out", out.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Path proc = Path.of("/proc", String.valueOf(process.pid()));
        long peakKb = 0;
        long cpuTicks = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterMarkKb(proc.resolve("status")));
            cpuTicks = Math.max(cpuTicks, cpuTicks(proc.resolve("stat")));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String outcome = process.exitValue() == 0 ? "" : "exit " + process.exitValue() + ", "
                + lastLine(log);
        return new Measure(units, seconds, cpuTicks / TICKS_PER_SECOND, peakKb, outcome);
    }

    /**
     * utime + stime, fields 14 and 15 of /proc/PID/stat (counted after the command name, which is in parentheses
     * and may hold spaces); 0 once the process is gone. The last poll misses at most 20 ms of the process' end.
     */
    private static long cpuTicks(Path stat) {
        try {
            String line = Files.readString(stat, StandardCharsets.UTF_8);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 3.. start at index 0
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** VmHWM: the peak resident set so far; 0 once the process is gone. */
    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between two polls
        }
        return 0;
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
