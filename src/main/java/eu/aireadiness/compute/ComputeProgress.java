package eu.aireadiness.compute;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;

import eu.aireadiness.framework.ElapsedTime;

/**
 * What {@code compute} tells the operator while it works, so that a run of minutes on a hundred thousand units is
 * never silent for long: one line per stage when it ends, with its counts and its time
 * ({@code compute: uncertainty analysis, 200 replications (9.3 s)}), and, while a stage runs longer than the
 * interval, a line that often with how far it got ({@code compute: uncertainty analysis, 120 of 200 replications so
 * far (5.0 s)}). Stages run one after the other; the counts of a stage may come from several threads.
 */
public final class ComputeProgress implements AutoCloseable {

    /** The interval of the progress lines, as the {@code run} command's default ({@code readiness.progress-every}). */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintStream out;
    private final ScheduledExecutorService clock;
    private final LongAdder done = new LongAdder();
    private volatile Stage current;

    private record Stage(String name, long total, String unit, long startNanos) {
    }

    private ComputeProgress(PrintStream out, Duration every) {
        this.out = out;
        if (out == null) {
            this.clock = null;
            return;
        }
        this.clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "compute-progress");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, every.toMillis());
        // A failure of a progress line (standard output closed) ends only the progress lines, not the computation.
        ScheduledFuture<?> unused = clock.scheduleAtFixedRate(this::sayHowFar, period, period, TimeUnit.MILLISECONDS);
    }

    /** Lines on {@code out}, progress every {@code every}. */
    public static ComputeProgress printingTo(PrintStream out, Duration every) {
        return new ComputeProgress(out, every);
    }

    /** Nothing printed (--quiet, and callers of the engine that are not the command line). */
    public static ComputeProgress silent() {
        return new ComputeProgress(null, EVERY);
    }

    /** A stage without counts of its own: its progress lines only say that it is still working. */
    void begin(String name) {
        begin(name, 0, "");
    }

    /** A stage of {@code total} {@code unit}s, counted through {@link #counter()}. */
    void begin(String name, long total, String unit) {
        done.reset();
        current = new Stage(name, total, unit, System.nanoTime());
    }

    /** Counts the stage's work done; safe to call from several threads. */
    IntConsumer counter() {
        return done::add;
    }

    /** Ends the current stage with its line: what it did, then its time. */
    void end(String what) {
        Stage stage = current;
        current = null;
        say(what + " (" + ElapsedTime.of(System.nanoTime() - stage.startNanos()) + ")");
    }

    private void sayHowFar() {
        Stage stage = current;
        if (stage == null) {
            return;
        }
        String soFar = stage.total() > 0
                ? stage.name() + ", " + done.sum() + " of " + stage.total() + " " + stage.unit() + " so far"
                : stage.name() + ", still working";
        say(soFar + " (" + ElapsedTime.of(System.nanoTime() - stage.startNanos()) + ")");
    }

    private void say(String line) {
        if (out != null) {
            out.println("compute: " + line);
        }
    }

    @Override
    public void close() {
        if (clock != null) {
            clock.shutdownNow();
        }
    }

}
