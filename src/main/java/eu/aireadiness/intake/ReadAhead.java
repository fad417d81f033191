package eu.aireadiness.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.RowListener;
import eu.aireadiness.submission.SubmittedRow;

/**
 * Reads a file on a thread of its own while the listener, on the calling thread, takes the rows already read:
 * decoding and parsing a large file cost about as much as checking its rows, and the two then share the machine's
 * cores. The listener is told the same things in the same order as when it reads the file itself.
 */
final class ReadAhead {

    /** Rows handed on together. */
    private static final int ROWS = 500;

    /** Batches of rows read but not yet taken, at most. */
    private static final int WAITING = 8;

    private ReadAhead() {
    }

    /**
     * @param read reads the file, handing its header and rows to the listener it is given
     * @return what {@code read} returned, once the listener has taken every row
     */
    static ReadResult read(Function<RowListener, ReadResult> read, RowListener listener) {
        return HandOff.<Object, ReadResult, RuntimeException>run("intake-read", WAITING, handOn -> {
            Batches batches = new Batches(handOn);
            ReadResult result = read.apply(batches);
            batches.handOnRows();
            return result;
        }, item -> {
            if (item instanceof ReadResult header) {
                listener.header(header);
            } else {
                @SuppressWarnings("unchecked")
                List<SubmittedRow> rows = (List<SubmittedRow>) item;
                rows.forEach(listener::row);
            }
        });
    }

    /** Hands the header on as it comes, and the rows in batches. */
    private static final class Batches implements RowListener {

        private final Consumer<Object> handOn;
        private List<SubmittedRow> rows = new ArrayList<>(ROWS);

        Batches(Consumer<Object> handOn) {
            this.handOn = handOn;
        }

        @Override
        public void header(ReadResult header) {
            handOnRows();
            handOn.accept(header);
        }

        @Override
        public void row(SubmittedRow row) {
            rows.add(row);
            if (rows.size() == ROWS) {
                handOnRows();
            }
        }

        void handOnRows() {
            if (!rows.isEmpty()) {
                handOn.accept(rows);
                rows = new ArrayList<>(ROWS);
            }
        }
    }
}
