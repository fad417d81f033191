package eu.aireadiness.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.aireadiness.methodology.TaskResults;

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
                TaskResults.await(future, "writing a file of compute");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
