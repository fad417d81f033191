package eu.aireadiness.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import eu.aireadiness.submission.Observation;

/**
 * Sends the values of one submission to the database, a block per statement ({@link ValueBlock}), on the
 * connection of the caller's transaction; one statement is prepared for all the blocks of the file.
 */
final class BlockInserts implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final long submissionId;
    private final ValueBlock encoded = new ValueBlock();
    private Connection connection;
    private PreparedStatement insert;
    private int blockNo;

    BlockInserts(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.submissionId = submissionId;
    }

    /** Stores the values as the next block; they are copied, so the caller may reuse the list. */
    void send(List<Observation> values) {
        try {
            if (insert == null) {
                connection = DataSourceUtils.getConnection(dataSource());
                insert = connection.prepareStatement(ValueBlock.INSERT);
            }
            encoded.fill(values).bind(insert, submissionId, ++blockNo).executeUpdate();
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("storing the values of a submission", ValueBlock.INSERT, e);
        }
    }

    @Override
    public void close() {
        try {
            if (insert != null) {
                insert.close();
            }
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("storing the values of a submission", ValueBlock.INSERT, e);
        } finally {
            insert = null;
            if (connection != null) {
                DataSourceUtils.releaseConnection(connection, dataSource());
                connection = null;
            }
        }
    }

    private DataSource dataSource() {
        DataSource dataSource = jdbc.getDataSource();
        if (dataSource == null) {
            throw new IllegalStateException("the store's JdbcTemplate has no DataSource");
        }
        return dataSource;
    }
}
