package eu.aireadiness.methodology;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for a task run on another thread and rethrows its failure as it was (a runtime exception or an error), so
 * that work split over threads fails as it would on one: shared by the analyses' workers and compute's writers.
 */
public final class TaskResults {

    private TaskResults() {
    }

    /**
     * @param what what the task does, for the message of a checked failure or an interruption
     */
    public static void await(Future<?> future, String what) {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting: " + what, e);
        }
    }
}
