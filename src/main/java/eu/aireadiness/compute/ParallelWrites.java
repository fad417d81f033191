package eu.aireadiness.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes independent files at once, one task per file, on as many threads as there are processors: at 100,000
 * units writing the stage tables is a third of {@code compute}, and each file's bytes do not depend on which thread
 * wrote it or when. A failed task's exception is rethrown as it was, after the others have stopped.
 */
final class ParallelWrites {

    private ParallelWrites() {
    }

    /** One file to write. */
    interface Task {
        void write();
    }

    static void run(List<Task> tasks, int threads) {
        if (threads <= 1 || tasks.size() <= 1) {
            tasks.forEach(Task::write);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Task task : tasks) {
                running.add(pool.submit(task::write));
            }
            for (Future<?> future : running) {
                await(future);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("writing a file of compute failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the files of compute", e);
        }
    }
}
