package eu.aireadiness.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import eu.aireadiness.ReadinessIndexApplication;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.FeedbackFiles;
import eu.aireadiness.pipeline.WatchProperties;

/**
 * The time from a file dropped into a country's folder, while the {@code watch} command runs with its default
 * settings on a copy of the shipped input, until the file's feedback appears next to it. Drops are spaced at
 * seeded random intervals, so that they fall at different moments of the poll.
 */
final class WatchLatency {

    record Result(Duration poll, double median, double max, String each) {
    }

    private WatchLatency() {
    }

    static Result measure(Path dir, int drops) throws Exception {
        Path input = dir.resolve("input");
        copyShippedInput(input);
        try (ConfigurableApplicationContext watch = new SpringApplicationBuilder(ReadinessIndexApplication.class)
                .logStartupInfo(false).run("--readiness.command=watch", "--readiness.input=" + input,
                        "--readiness.archive=" + dir.resolve("archive"), "--readiness.output=" + dir.resolve("output"),
                        "--readiness.database=" + dir.resolve("db/readiness"), "--readiness.watch.publish-cron=",
                        "--logging.level.eu.aireadiness=ERROR")) {
            InputFolder folder = new InputFolder(input);
            List<Path> waiting = DropFolders.files(folder, folder.load().countries()).stream()
                    .map(file -> file.path()).toList();
            waitFor(() -> waiting.stream().allMatch(file -> Files.exists(FeedbackFiles.textFor(file))),
                    Duration.ofMinutes(2), "the shipped files to be taken in at start-up");
            // Hungary sends its 2026 figures, its 2025 file with the year changed, again and again: each drop has
            // other bytes (blank lines added at the end), so each is a new version.
            Path hungary = input.resolve("HU");
            String figures = Files.readString(hungary.resolve("HU_AIRI_2025.csv")).replace(",2025,", ",2026,");
            Random pauses = new Random(20261128);
            double[] seconds = new double[drops];
            for (int drop = 0; drop < drops; drop++) {
                Thread.sleep(pauses.nextInt(2_000));
                Path file = hungary.resolve("HU_AIRI_2026_drop" + (drop + 1) + ".csv");
                long start = System.nanoTime();
                Files.writeString(file, figures + "\n".repeat(drop + 1));
                waitFor(() -> Files.exists(FeedbackFiles.textFor(file)), Duration.ofSeconds(60),
                        "the feedback on " + file.getFileName());
                seconds[drop] = IntakeBenchmark.seconds(start);
            }
            String each = Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.1f", s))
                    .collect(Collectors.joining(", "));
            Arrays.sort(seconds);
            return new Result(watch.getBean(WatchProperties.class).poll(), seconds[drops / 2], seconds[drops - 1],
                    each);
        }
    }

    /** The shipped input without the feedback a {@code make run} may have left next to its files. */
    private static void copyShippedInput(Path target) throws IOException {
        Path shipped = Path.of("input");
        try (Stream<Path> walk = Files.walk(shipped)) {
            for (Path source : walk.filter(p -> !FeedbackFiles.isFeedback(p.getFileName().toString())).toList()) {
                Path copy = target.resolve(shipped.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                    Files.setLastModifiedTime(copy, Files.getLastModifiedTime(source));
                }
            }
        }
    }

    private static void waitFor(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("still waiting for " + what + " after " + limit.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
    }
}
