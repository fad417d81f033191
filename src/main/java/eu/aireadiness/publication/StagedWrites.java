package eu.aireadiness.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The files of a publication, written side by side on every processor: each report, each language's profiles, the
 * workbook and the CSV are independent of one another, and laying out PDFs is most of a publication's time. The
 * names come back in the order the writes were added, whatever order they finish in, and the first failure is
 * thrown as it was, so that a publication fails as it would one file after the other.
 */
final class StagedWrites {

    /** One write: produces its files in the staging directory and returns their relative names. */
    interface Write {
        List<String> run() throws IOException;
    }

    private final List<Write> writes = new ArrayList<>();

    StagedWrites add(Write write) {
        writes.add(write);
        return this;
    }

    List<String> runAll() throws IOException {
        int threads = Math.min(writes.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<String>>> pending = new ArrayList<>();
            for (Write write : writes) {
                pending.add(pool.submit(write::run));
            }
            List<String> names = new ArrayList<>();
            for (Future<List<String>> result : pending) {
                names.addAll(result.get());
            }
            return names;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new PublicationException("writing the publication failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationException("writing the publication was interrupted", e);
        } finally {
            stop(pool);
        }
    }

    /**
     * Stops the writes still running and waits for them: after a failure the staging folder is removed, and a write
     * still creating files in it would leave it half removed.
     */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
