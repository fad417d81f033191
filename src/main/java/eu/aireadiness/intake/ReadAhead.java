package eu.aireadiness.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmittedRow;

/**
 * Reads a file on a thread of its own, ahead of its caller: decoding and parsing a large file cost about as much as
 * checking its rows, and the two then share the machine's cores. The caller is given the same header, rows, end and
 * refusal, in the same order, as when it reads the file itself. At most {@value #WAITING} batches of rows wait, so
 * the memory used does not grow with the file.
 */
final class ReadAhead implements RowSource {

    /** Rows handed over together. */
    private static final int ROWS = 500;

    /** Batches read but not yet taken, at most. */
    private static final int WAITING = 8;

    /** What the reading thread hands over. */
    private sealed interface Item {
    }

    private record Header(Optional<ReadResult> header) implements Item {
    }

    private record Rows(List<SubmittedRow> rows) implements Item {
    }

    private record End(ReadResult result) implements Item {
    }

    /** A refusal, or a failure of the reader itself, handed over to be thrown where the caller asks. */
    private record Failed(Throwable failure) implements Item {
    }

    private final RowSource source;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(WAITING);
    private final Thread reading;
    private Iterator<SubmittedRow> rows = Collections.emptyIterator();
    private ReadResult end;

    ReadAhead(RowSource source) {
        this.source = source;
        this.reading = new Thread(this::readAll, "intake-read-ahead");
        // A reader stuck on a file must never keep the process alive.
        reading.setDaemon(true);
        reading.start();
    }

    private void readAll() {
        List<SubmittedRow> batch = new ArrayList<>(ROWS);
        try {
            try {
                Optional<ReadResult> header = source.header();
                queue.put(new Header(header));
                if (header.isPresent()) {
                    for (SubmittedRow row = source.next(); row != null; row = source.next()) {
                        batch.add(row);
                        if (batch.size() == ROWS) {
                            queue.put(new Rows(batch));
                            batch = new ArrayList<>(ROWS);
                        }
                    }
                }
                handOver(batch);
                queue.put(new End(source.end()));
            } catch (RefusedFile | RuntimeException | Error e) {
                // The rows read before the failure first, as a caller reading the file itself would get them.
                handOver(batch);
                queue.put(new Failed(e));
            }
        } catch (InterruptedException e) {
            // Closed by the caller: nobody waits for the rest.
        }
    }

    private void handOver(List<SubmittedRow> batch) throws InterruptedException {
        if (!batch.isEmpty()) {
            queue.put(new Rows(List.copyOf(batch)));
            batch.clear();
        }
    }

    @Override
    public Optional<ReadResult> header() throws RefusedFile {
        if (take() instanceof Header header) {
            return header.header();
        }
        throw new IllegalStateException("the header of a file is asked for first, and once");
    }

    @Override
    public SubmittedRow next() throws RefusedFile {
        while (!rows.hasNext()) {
            if (end != null) {
                return null;
            }
            Item item = take();
            if (item instanceof Rows batch) {
                rows = batch.rows().iterator();
            } else if (item instanceof End last) {
                end = last.result();
            }
        }
        return rows.next();
    }

    @Override
    public ReadResult end() throws RefusedFile {
        while (next() != null) {
            // rows not asked for are passed over, as a reader of the file itself would
        }
        return end;
    }

    /** The next item; a failure handed over is thrown here, on the caller's thread. */
    private Item take() throws RefusedFile {
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rows of a file", e);
        }
        if (item instanceof Failed failed) {
            if (failed.failure() instanceof RefusedFile refused) {
                throw refused;
            }
            if (failed.failure() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failed.failure();
        }
        return item;
    }

    /** Stops the reading thread if it is still at work, then closes the file. */
    @Override
    public void close() {
        reading.interrupt();
        try {
            reading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }
}
