package eu.aireadiness.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A line every few seconds while Spring and the database start, until the first stage of the command speaks: a
 * first start migrates the database and can take a while on a slow machine, and the console must not be silent
 * meanwhile. A quick start prints nothing.
 */
final class StartProgress implements AutoCloseable {

    static final long EVERY_SECONDS = 5;

    private final ScheduledExecutorService clock;

    private StartProgress(ScheduledExecutorService clock) {
        this.clock = clock;
    }

    static StartProgress on(PrintStream out, boolean quiet) {
        if (quiet) {
            return new StartProgress(null);
        }
        long start = System.nanoTime();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "start-progress");
            thread.setDaemon(true);
            return thread;
        });
        // The task only prints, and close() ends it by shutting the clock down: its future has nothing to tell.
        @SuppressWarnings({"FutureReturnValueIgnored", "UnusedVariable"})
        var ticking = clock.scheduleAtFixedRate(() -> out.println(String.format(Locale.ROOT,
                "starting: Spring and the database (%.1f s)", (System.nanoTime() - start) / 1e9)),
                EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        return new StartProgress(clock);
    }

    @Override
    public void close() {
        if (clock != null) {
            clock.shutdownNow();
        }
    }
}
