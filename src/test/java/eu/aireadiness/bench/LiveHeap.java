package eu.aireadiness.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most live data on the heap while some work runs: a thread forces a full collection at a fixed period and
 * records the heap then in use, which is what the work (and everything else) still reaches. Work that held its
 * input in memory would show it growing with the input; streaming work shows the same figure for any input size.
 * The collections slow the work down, so a run that is sampled is not one that is timed.
 */
final class LiveHeap implements AutoCloseable {

    private final long before = usedAfterCollection();
    private final AtomicLong most = new AtomicLong(before);
    private final Thread sampler;

    private LiveHeap(Duration period) {
        sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(period.toMillis());
                    most.accumulateAndGet(usedAfterCollection(), Math::max);
                }
            } catch (InterruptedException e) {
                // closed
            }
        }, "live-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    static LiveHeap sample(Duration period) {
        return new LiveHeap(period);
    }

    /** The heap in use after a full collection, now. */
    static long usedAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most live data found, above what was live when sampling started. */
    long mostAboveStart() {
        return most.get() - before;
    }

    /** Stops sampling; an interrupt while waiting for the sampler is kept for the caller instead of thrown. */
    @Override
    public void close() {
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
