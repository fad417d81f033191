package eu.aireadiness.methodology.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import eu.aireadiness.methodology.TaskResults;

/**
 * Runs the rows of a sample in fixed blocks over a fixed pool of worker threads. The blocks, hence the sample
 * points, do not depend on the number of threads; a worker either writes each row's output at the row's own
 * position or sums integers, so the results are identical whatever thread computed which block.
 */
final class ParallelBlocks {

    /** Rows per block: enough to amortise starting a point sequence, few enough to balance the threads. */
    static final int BLOCK_ROWS = 256;

    private ParallelBlocks() {
    }

    /** One worker's state (its model instance and buffers); it processes the blocks it claims in turn. */
    interface Worker {

        /** @param rowDone told each row once it is done (1), so that a caller's progress moves within a block */
        void process(int firstRow, int endRow, IntConsumer rowDone);
    }

    /**
     * @param newWorker called {@code min(threads, blocks)} times from the calling thread, so it needs no locking
     * @param rowsDone  told each row once it is done, from the worker's thread
     * @return the workers, in creation order, for the caller to combine
     */
    static <W extends Worker> List<W> run(int rows, int threads, Supplier<W> newWorker, IntConsumer rowsDone) {
        int blocks = (int) ((rows + (long) BLOCK_ROWS - 1) / BLOCK_ROWS); // long: rows near Integer.MAX_VALUE
        int workerCount = Math.max(1, Math.min(threads, blocks));
        List<W> workers = new ArrayList<>();
        for (int w = 0; w < workerCount; w++) {
            workers.add(newWorker.get());
        }
        AtomicInteger nextBlock = new AtomicInteger();
        if (workerCount == 1) {
            work(workers.get(0), nextBlock, blocks, rows, rowsDone);
            return workers;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workerCount);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (W worker : workers) {
                running.add(pool.submit(() -> work(worker, nextBlock, blocks, rows, rowsDone)));
            }
            for (Future<?> future : running) {
                TaskResults.await(future, "a worker of the analysis");
            }
        } finally {
            pool.shutdownNow();
        }
        return workers;
    }

    private static void work(Worker worker, AtomicInteger nextBlock, int blocks, int rows, IntConsumer rowsDone) {
        // A worker stops early once the pool is shut down because another worker failed.
        for (int block = nextBlock.getAndIncrement(); block < blocks && !Thread.currentThread().isInterrupted();
                block = nextBlock.getAndIncrement()) {
            int first = block * BLOCK_ROWS; // below rows, since block < blocks
            worker.process(first, (int) Math.min(rows, (long) first + BLOCK_ROWS), rowsDone);
        }
    }
}
