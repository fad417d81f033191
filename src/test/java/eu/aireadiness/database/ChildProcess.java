package eu.aireadiness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The program started as an operator starts it, in a process of its own (a real second process on the database,
 * with its own process id and file locks), on the test's class path. Its console output goes to a file that the
 * test reads.
 */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(Path folder, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "eu.aireadiness.ReadinessIndexApplication"));
        command.addAll(List.of(arguments));
        // These tests follow the process by its log lines ("pausing", "Intake launched by"), which an operator's
        // console leaves to the log file: ask for them on the console, as before; and --quiet, so that the start's
        // and the stages' progress lines (a slow start here prints some) do not count as the output of a failure.
        command.add("--logging.threshold.console=INFO");
        command.add("--quiet");
        try {
            Path log = Files.createTempFile(folder, "process-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new ChildProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    List<String> lines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a line of the output contains the text; fails if the process ends or the time runs out first. */
    void awaitLine(String text, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (lines().stream().noneMatch(line -> line.contains(text))) {
            assertThat(process.isAlive()).as("the process ended before printing '%s': %s", text, lines()).isTrue();
            assertThat(Instant.now()).as("no line with '%s' after %s: %s", text, limit, lines()).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    /** The exit status, once the process ended within the limit (it is killed, and the test fails, otherwise). */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the process was still running after " + limit + ": " + lines());
        }
        return process.exitValue();
    }

    /** What the operator reads of a failure: the error lines and the program's own last word on standard error. */
    List<String> failureLines() {
        return lines().stream().filter(line -> line.contains(" ERROR ") || line.startsWith("readiness-index:"))
                .toList();
    }

    /** Lines of a stack trace, which a failure must never show without --debug. */
    List<String> traceLines() {
        return lines().stream().filter(line -> line.matches("\\s+at .*|\\s*Caused by: .*|.*Exception: .*")).toList();
    }

    /** Asks the process to stop, as Ctrl+C, systemd or docker stop do (SIGTERM). */
    void terminate() {
        process.destroy();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
