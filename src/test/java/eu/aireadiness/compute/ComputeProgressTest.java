package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What compute prints while it works: a line per stage with its counts and time, and how far a long stage got. */
class ComputeProgressTest {

    private static final Path ASEM = AsemConfigurationATest.ASEM;
    private static final Pattern TIME = Pattern.compile(" \\(\\d+\\.\\d s\\)$");

    @Test
    void saysEachStageOfTheAsemBuildWithItsCountsAndTime(@TempDir Path out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // An interval no stage reaches, so that only the stage lines are printed. The counts are method-A-uncertainty
        // .yml's: 1000 base samples of 5 factors (weights at two levels, normalisation, aggregation, winsorisation) make
        // 1000 x (5 + 2) model runs.
        try (PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);
             ComputeProgress progress = ComputeProgress.printingTo(console, Duration.ofHours(1))) {
            ComputeCommand.run(ASEM.resolve("iMeta.csv"), ASEM.resolve("iData_long.csv"),
                    ASEM.resolve("method-A-uncertainty.yml"), out, progress);
        }

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).allMatch(line -> TIME.matcher(line).find(), "ends with the stage's time");
        assertThat(lines.stream().map(line -> TIME.matcher(line).replaceFirst("")).toList()).containsExactly(
                "compute: read 51 units, 49 indicators",
                "compute: index built, 51 of 51 units scored",
                "compute: uncertainty analysis prepared, every stage that does not vary computed once",
                "compute: stages and coherence tables written",
                "compute: uncertainty analysis, 1000 replications of 51 units",
                "compute: sensitivity analysis, 1000 base samples, 7000 model runs, 5 factors");
    }

    @Test
    void saysHowFarACountedStageGotWhileItRuns() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);
             ComputeProgress progress = ComputeProgress.printingTo(console, Duration.ofMillis(20))) {
            progress.begin("uncertainty analysis", 200, "replications");
            progress.counter().accept(64);
            progress.counter().accept(56);
            waitForALine(bytes);
            progress.end("uncertainty analysis, 200 replications");
        }

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0))
                .matches("compute: uncertainty analysis, 120 of 200 replications so far \\(\\d+\\.\\d s\\)");
        assertThat(lines.get(lines.size() - 1))
                .matches("compute: uncertainty analysis, 200 replications \\(\\d+\\.\\d s\\)");
    }

    @Test
    void aStageWithoutCountsIsStillWorking() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);
             ComputeProgress progress = ComputeProgress.printingTo(console, Duration.ofMillis(20))) {
            progress.begin("writing the stages");
            waitForALine(bytes);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .matches("compute: writing the stages, still working \\(\\d+\\.\\d s\\)");
    }

    private static void waitForALine(ByteArrayOutputStream bytes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (bytes.size() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(bytes.size()).as("a progress line within 10 s").isPositive();
    }
}
