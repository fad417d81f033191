package eu.aireadiness.intake;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a producer on a thread of its own and hands what it produces, in order, to the calling thread, so that the
 * two work at the same time. At most a few items wait between them: the producer waits while they are all waiting,
 * so the memory used does not grow with what is produced. A failure on either side stops both and is thrown to the
 * caller.
 */
final class HandOff {

    /** What the calling thread does with each item. */
    @FunctionalInterface
    interface Receiver<T, E extends Exception> {
        void receive(T item) throws E;
    }

    private static final Object END = new Object();

    private HandOff() {
    }

    /**
     * @param producer produces the items, handing each to the consumer it is given, and returns its result
     * @param waiting  the most items produced and not yet received
     * @return what the producer returned, once every item it produced was received
     */
    static <T, R, E extends Exception> R run(String threadName, int waiting, Function<Consumer<T>, R> producer,
                                             Receiver<T, E> receiver) throws E {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(waiting);
        FutureTask<R> producing = new FutureTask<>(() -> {
            R result = producer.apply(item -> put(queue, item));
            put(queue, END);
            return result;
        });
        Thread thread = new Thread(producing, threadName);
        thread.start();
        try {
            for (Object item = next(queue, producing); item != END; item = next(queue, producing)) {
                @SuppressWarnings("unchecked")
                T produced = (T) item;
                receiver.receive(produced);
            }
            return producing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(threadName + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + threadName, e);
        } finally {
            thread.interrupt();
            joinQuietly(thread);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped: what was produced can no longer be received", e);
        }
    }

    /** The next item; {@link #END} also when the producer failed before it could say so (its result tells why). */
    private static Object next(BlockingQueue<Object> queue, FutureTask<?> producing) throws InterruptedException {
        while (true) {
            Object item = queue.poll(20, TimeUnit.MILLISECONDS);
            if (item != null) {
                return item;
            }
            if (producing.isDone() && queue.isEmpty()) {
                return END;
            }
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
