package eu.aireadiness.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import eu.aireadiness.submission.Observation;

/**
 * Sends the values of one submission to the database, a block per statement ({@link ValueBlock}), on a thread of
 * its own, so that storing the values of a large file takes no time from reading and checking it: the caller hands
 * a block on and goes on with the next rows while at most {@value #WAITING} blocks wait. The statements run on the
 * connection of the caller's transaction, taken on the caller's thread. While blocks are in flight the caller
 * leaves the database alone: the check looks up the previous edition's values at the file's first valid row, before
 * a block is full, and holds them in memory after; a file read a second time is rejected, and its blocks are
 * {@linkplain #abandon abandoned} first. (Were a statement to come from both threads at once all the same, H2 and
 * the PostgreSQL driver both run the statements of one connection one at a time.) {@link #close} waits for every
 * block, and throws what storing one threw.
 */
final class BlockInserts implements AutoCloseable {

    /** Blocks handed on but not yet stored, at most. */
    private static final int WAITING = 8;

    private static final List<Observation> END = List.of();

    private final JdbcTemplate jdbc;
    private final long submissionId;
    private final BlockingQueue<List<Observation>> queue = new ArrayBlockingQueue<>(WAITING);
    private Connection connection;
    private PreparedStatement insert;
    private Thread sending;
    private volatile RuntimeException failure;
    private volatile boolean abandoned;

    BlockInserts(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.submissionId = submissionId;
    }

    /** Hands the values on as the next block; they are copied, so the caller may reuse the list. */
    void send(List<Observation> values) {
        throwIfFailed();
        if (sending == null) {
            try {
                connection = DataSourceUtils.getConnection(dataSource());
                insert = connection.prepareStatement(ValueBlock.INSERT);
            } catch (SQLException e) {
                throw translate(e);
            }
            sending = new Thread(this::sendAll, "intake-store");
            sending.start();
        }
        handOn(List.copyOf(values));
    }

    /** Waits until every block handed on is stored, then gives the connection back; throws what storing threw. */
    @Override
    public void close() {
        finishSending();
        throwIfFailed();
    }

    /** Stops sending, dropping the blocks still waiting: the file failed, and so does the caller's transaction. */
    void abandon() {
        abandoned = true;
        finishSending();
    }

    private void sendAll() {
        ValueBlock encoded = new ValueBlock();
        int blockNo = 0;
        try {
            for (List<Observation> block = queue.take(); block != END; block = queue.take()) {
                // After a failure the blocks are still taken, so that the caller never waits for room.
                if (failure == null && !abandoned) {
                    try {
                        encoded.fill(block).bind(insert, submissionId, ++blockNo).executeUpdate();
                    } catch (SQLException e) {
                        failure = translate(e);
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IllegalStateException("interrupted while storing the values of a submission", e);
        }
    }

    private void handOn(List<Observation> block) {
        try {
            while (!queue.offer(block, 50, TimeUnit.MILLISECONDS)) {
                if (!sending.isAlive()) {
                    throwIfFailed();
                    throw new IllegalStateException("the values of a submission can no longer be stored");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing the values of a submission", e);
        }
    }

    private void finishSending() {
        if (sending == null) {
            return;
        }
        try {
            if (sending.isAlive()) {
                handOn(END);
            }
            sending.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing the values of a submission", e);
        } finally {
            sending = null;
            try {
                insert.close();
            } catch (SQLException e) {
                failure = failure == null ? translate(e) : failure;
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource());
            }
        }
    }

    private void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }

    private RuntimeException translate(SQLException e) {
        return jdbc.getExceptionTranslator().translate("storing the values of a submission", ValueBlock.INSERT, e);
    }

    private DataSource dataSource() {
        DataSource dataSource = jdbc.getDataSource();
        if (dataSource == null) {
            throw new IllegalStateException("the store's JdbcTemplate has no DataSource");
        }
        return dataSource;
    }
}
