package eu.aireadiness.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import eu.aireadiness.validation.ValidationReport;

/**
 * Stores a file's values while the file is checked: the check (reading, parsing, validating) runs on a thread of its
 * own and hands on batches of valid values, which this thread sends to the database as they come, one multi-row
 * INSERT per batch, parsed once by the database. The two overlap, and at most a few batches wait between them, so
 * the memory used does not grow with the file. The database is only ever used from the calling thread, inside its
 * transaction.
 */
final class ValueWriter {

    /** Rows per INSERT statement. */
    static final int BATCH = 100;

    /** Batches checked but not yet stored, at most. */
    private static final int WAITING = 8;

    private static final List<Observation> END = List.of();

    private final Connection connection;
    private final long submissionId;
    private final BlockingQueue<List<Observation>> checked = new ArrayBlockingQueue<>(WAITING);

    private ValueWriter(Connection connection, long submissionId) {
        this.connection = connection;
        this.submissionId = submissionId;
    }

    /**
     * Runs the check and stores every value it hands on; returns its report. A failure of either side stops both
     * and is thrown here.
     *
     * @param check checks the file, handing each valid value to the consumer it is given
     */
    static ValidationReport store(Connection connection, long submissionId,
                                  Function<Consumer<Observation>, ValidationReport> check) throws SQLException {
        return new ValueWriter(connection, submissionId).store(check);
    }

    private ValidationReport store(Function<Consumer<Observation>, ValidationReport> check) throws SQLException {
        FutureTask<ValidationReport> checking = new FutureTask<>(() -> {
            List<Observation> batch = new ArrayList<>(BATCH);
            ValidationReport report = check.apply(observation -> {
                batch.add(observation);
                if (batch.size() == BATCH) {
                    handOn(List.copyOf(batch));
                    batch.clear();
                }
            });
            handOn(List.copyOf(batch));
            handOn(END);
            return report;
        });
        Thread checker = new Thread(checking, "intake-check");
        checker.start();
        try (PreparedStatement insert = connection.prepareStatement(insertStatement(BATCH))) {
            for (List<Observation> batch = next(checking); batch != END; batch = next(checking)) {
                if (batch.size() == BATCH) {
                    bind(insert, batch).executeUpdate();
                } else if (!batch.isEmpty()) {
                    try (PreparedStatement last = connection.prepareStatement(insertStatement(batch.size()))) {
                        bind(last, batch).executeUpdate();
                    }
                }
            }
            return checking.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the check of the file failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing the file's values", e);
        } finally {
            checker.interrupt();
            joinQuietly(checker);
        }
    }

    private void handOn(List<Observation> batch) {
        try {
            checked.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the values can no longer be stored: storing them failed", e);
        }
    }

    /** The next batch; {@link #END} also when the check failed without saying so (its result tells why). */
    private List<Observation> next(FutureTask<ValidationReport> checking) throws InterruptedException {
        while (true) {
            List<Observation> batch = checked.poll(20, TimeUnit.MILLISECONDS);
            if (batch != null) {
                return batch;
            }
            if (checking.isDone() && checked.isEmpty()) {
                return END;
            }
        }
    }

    private PreparedStatement bind(PreparedStatement statement, List<Observation> batch) throws SQLException {
        int p = 0;
        for (Observation o : batch) {
            statement.setLong(++p, submissionId);
            statement.setString(++p, o.indicator());
            if (o.value().isPresent()) {
                statement.setDouble(++p, o.value().getAsDouble());
            } else {
                statement.setNull(++p, Types.DOUBLE);
            }
            statement.setString(++p, o.unit());
            statement.setString(++p, o.status().name());
            statement.setString(++p, SubmissionStore.truncate(o.source(), 1000));
            statement.setString(++p, SubmissionStore.truncate(o.note(), 4000));
            statement.setLong(++p, o.row());
        }
        return statement;
    }

    private static String insertStatement(int rows) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO submitted_value (submission_id, indicator, obs_value, unit_measure, obs_status, source,"
                + " note, source_row) VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
