package eu.aireadiness.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.aireadiness.ReadinessIndexApplication;
import eu.aireadiness.dataset.EditionDataRepository;
import eu.aireadiness.feedback.FeedbackWriter;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.GeneratedSubmission;
import eu.aireadiness.intake.SubmissionArchive;
import eu.aireadiness.intake.FileIntake;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.intake.SubmissionLimits;
import eu.aireadiness.intake.SubmissionStore;
import eu.aireadiness.pipeline.IntakeProperties;

/**
 * Times the intake of one large generated submission (1,000,000 rows by default, the optional argument) against
 * Commons CSV parsing the same file alone, in the same run, and the time from a file dropped in {@code watch} mode
 * to its feedback. Five intakes are timed, each just after a parse, and the median of the five ratios is reported:
 * on a shared machine both timings drift by half from one minute to the next. Run with {@code make bench}, not in
 * unit tests, where timings would make builds flaky.
 *
 * <p>A valid file has one row per indicator, so the file comes with a generated codebook of as many indicators
 * ({@link GeneratedSubmission}); a tenth of its rows make a smaller file. The intake is timed as its writer takes in
 * a new file, in one transaction on a fresh file-mode H2 database with the Flyway schema: checksum, archive copy,
 * read, validate and store every value with its provenance (submission, file, SHA-256, source row), feedback files,
 * commit. Loading the codebook is timed apart: it happens once per run and grows with the codebook (30 indicators in
 * the real one), not with the file. Memory: the most live data on the heap during the intake, above what was live
 * before it (Spring, the codebook), for the smaller file and the large one: streaming shows about the same for both.
 */
public final class IntakeBenchmark {

    private static final int DROPS = 7;
    private static final int TIMED_RUNS = 5;
    private static final Duration SAMPLING = Duration.ofSeconds(1);

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("airi-intake-bench");
        try {
            run(dir, rows);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    path.toFile().setWritable(true);
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static void run(Path dir, int rows) throws Exception {
        System.out.printf("machine: %d cores, Java %s, max heap %d MB, load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        Path input = dir.resolve("input");
        GeneratedSubmission.inputFolder(input, rows);
        Submission tenth = new Submission(GeneratedSubmission.write(input, "AIRI_2026_SK_tenth.csv", rows / 10),
                rows / 10);
        Submission all = new Submission(GeneratedSubmission.write(input, "AIRI_2026_SK.csv", rows), rows);
        System.out.printf("generated: codebook of %,d indicators, submissions of %,d rows (%.1f MB) and %,d rows%n",
                rows, rows, Files.size(all.file()) / 1e6, tenth.rows());

        long beforeCodebook = LiveHeap.usedAfterCollection();
        long start = System.nanoTime();
        Framework framework = new InputFolder(input).load();
        double codebook = seconds(start);
        long codebookHeap = LiveHeap.usedAfterCollection() - beforeCodebook;

        // The sampled runs measure memory and warm the JVM up; the runs after them, not sampled, are timed.
        Intake smallSampled = intake(dir.resolve("run-tenth"), tenth, framework, true);
        Intake largeSampled = intake(dir.resolve("run-all-sampled"), all, framework, true);
        // Other work on the machine changes both timings from one minute to the next: each intake is compared with a
        // parse timed just before it.
        List<Timed> timed = new ArrayList<>();
        for (int run = 1; run <= TIMED_RUNS; run++) {
            double parse = parse(all.file());
            timed.add(new Timed(parse, intake(dir.resolve("run-all-" + run), all, framework, false)));
        }
        Intake large = median(timed, Comparator.comparingDouble(t -> t.intake().seconds())).intake();
        double parse = median(timed, Comparator.comparingDouble(Timed::parse)).parse();
        double ratio = median(timed, Comparator.comparingDouble(Timed::ratio)).ratio();
        WatchLatency.Result watch = WatchLatency.measure(dir.resolve("watch"), DROPS);

        System.out.println();
        System.out.printf("%-56s %8s %18s %9s%n", "", "seconds", "per second", "vs parse");
        System.out.printf("%-56s %8.2f %,13.0f rows%n", "Commons CSV alone: parse " + fmt(rows) + " rows (median)",
                parse, rows / parse);
        System.out.printf("%-56s %8.2f %,11.0f values %9.2f%n", "intake: " + fmt(rows) + " rows, every value stored"
                + " (median)", large.seconds(), rows / large.seconds(), ratio);
        System.out.printf("%n%d runs, each the best of 3 parses then an intake: %s%n", TIMED_RUNS, timed.stream()
                .map(t -> String.format(Locale.ROOT, "%.2f s / %.2f s = %.2f", t.parse(), t.intake().seconds(),
                        t.ratio())).collect(java.util.stream.Collectors.joining(", ")));
        System.out.printf("%-56s %8.2f %,11.0f values%n", "  its CPU time (all threads: check, store, H2, GC, JIT)",
                large.cpuSeconds(), rows / large.cpuSeconds());
        System.out.printf("%-56s %8.2f%n", "loading the generated codebook (once, not timed above)", codebook);
        System.out.printf("%nstored: %,d values, each with its submission (id, version 1, file, SHA-256, archived copy)"
                + " and its source row%n", rows);
        System.out.printf("memory: the codebook of %,d indicators holds %d MB. Above what was live before, the intake"
                + " kept at most%n        %d MB live for %,d rows and %d MB for %,d rows, H2's page cache included (at"
                + " the end: %s MB);%n        a full collection every %d ms measured it, in runs not timed%n", rows,
                codebookHeap >> 20, smallSampled.liveHeapBytes() >> 20, tenth.rows(),
                largeSampled.liveHeapBytes() >> 20, rows, largeSampled.pageCacheMegabytes(), SAMPLING.toMillis());
        System.out.printf("%nwatch: a 30-row file dropped, until its feedback appears (%d drops, poll %ss, files left"
                + " %d s to settle):%n       median %.2f s, max %.2f s (each: %s)%n", DROPS, watch.poll().toSeconds(),
                DropFolders.DEFAULT_SETTLE.toSeconds(), watch.median(), watch.max(), watch.each());
        System.out.printf("%nload average at the end: %s%n", loadAverage());
    }

    /** Commons CSV alone, as the intake sets it up, touching every value; the best of three after a warm-up. */
    private static double parse(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .get();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            long characters = 0;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    for (String value : record.values()) {
                        characters += value.length();
                    }
                }
            }
            if (characters == 0) {
                throw new IllegalStateException(file + " has no values"); // keeps the parse from being elided
            }
            best = run == 0 ? best : Math.min(best, seconds(start));
        }
        return best;
    }

    private record Submission(Path file, int rows) {
    }

    /** An intake, and the parse of the same file timed just before it. */
    private record Timed(double parse, Intake intake) {

        /** The intake's rate as a share of the parse's. */
        double ratio() {
            return parse / intake.seconds();
        }
    }

    private static <T> T median(List<T> runs, Comparator<T> order) {
        return runs.stream().sorted(order).toList().get(runs.size() / 2);
    }

    /** @param pageCacheMegabytes what H2's page cache held at the end, and its limit */
    private record Intake(double seconds, double cpuSeconds, long liveHeapBytes, String pageCacheMegabytes) {
    }

    /**
     * Takes the file in as the intake step's writer does, on a fresh database, and checks that every value was
     * stored with its row; {@code sampled}: measuring the live heap as it goes.
     */
    private static Intake intake(Path run, Submission submission, Framework framework, boolean sampled)
            throws Exception {
        long maxFileBytes = Math.max(SubmissionLimits.MAX_FILE_BYTES, Files.size(submission.file()) * 2);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReadinessIndexApplication.class)
                .logStartupInfo(false).run("--readiness.database=" + run.resolve("db/readiness"),
                        "--readiness.intake.max-rows=" + submission.rows(),
                        "--readiness.intake.max-file-size=" + maxFileBytes + "B",
                        "--logging.level.eu.aireadiness=ERROR")) {
            SubmissionLimits limits = context.getBean(IntakeProperties.class).limits();
            FileIntake intake = new FileIntake(framework, limits);
            SubmissionStore store = context.getBean(SubmissionStore.class);
            EditionDataRepository editions = context.getBean(EditionDataRepository.class);
            SubmissionArchive archive = new SubmissionArchive(run.resolve("archive"), limits);
            FeedbackWriter feedback = new FeedbackWriter();
            TransactionTemplate transaction = new TransactionTemplate(
                    context.getBean(PlatformTransactionManager.class));
            var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            try (LiveHeap heap = sampled ? LiveHeap.sample(SAMPLING) : null) {
                long cpuStart = cpu.getProcessCpuTime();
                long start = System.nanoTime();
                SubmissionStore.Stored stored = transaction.execute(status -> {
                    SubmissionFile file = DropFolders.describe(submission.file(), GeneratedSubmission.COUNTRY, limits);
                    FileIntake.Outcome outcome = intake.takeIn(file, editions.previousValues(), archive, store);
                    if (outcome instanceof FileIntake.Skipped skipped) {
                        throw new IllegalStateException("the generated file was skipped: " + skipped.why().message());
                    }
                    SubmissionStore.Stored taken = ((FileIntake.Checked) outcome).stored();
                    feedback.writeChecked(file, taken.report(), taken.version());
                    return taken;
                });
                double seconds = seconds(start);
                double cpuSeconds = (cpu.getProcessCpuTime() - cpuStart) / 1e9;
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                requireAllStored(jdbc, stored, submission.rows());
                String cache = jdbc.queryForList("SELECT setting_value FROM information_schema.settings WHERE"
                        + " setting_name IN ('info.CACHE_SIZE', 'info.CACHE_MAX_SIZE') ORDER BY setting_name DESC",
                        String.class).stream().collect(java.util.stream.Collectors.joining(" of "));
                return new Intake(seconds, cpuSeconds, sampled ? heap.mostAboveStart() : 0, cache);
            }
        }
    }

    private static void requireAllStored(JdbcTemplate jdbc, SubmissionStore.Stored stored, int rows) {
        if (!stored.report().accepted()) {
            throw new IllegalStateException("the generated file was rejected: " + stored.report().rejectionSummary());
        }
        var found = jdbc.queryForMap("SELECT COUNT(*) AS n, MIN(v.source_row) AS first_row, MAX(v.source_row) AS"
                + " last_row, MIN(s.version) AS version FROM submitted_value v JOIN submission s"
                + " ON s.id = v.submission_id");
        if (((Number) found.get("n")).longValue() != rows || ((Number) found.get("first_row")).longValue() != 2
                || ((Number) found.get("last_row")).longValue() != rows + 1L) {
            throw new IllegalStateException("expected " + rows + " values from rows 2 to " + (rows + 1)
                    + ", found " + found);
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String fmt(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
