package eu.aireadiness.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import eu.aireadiness.validation.ValidationReport;
import eu.aireadiness.submission.Observation;

/**
 * Stores a file's values while the file is checked: the check runs on a thread of its own and hands on blocks of
 * valid values, which the calling thread sends to the database as they come, one row of
 * {@code submitted_value_block} per block ({@link ValueBlock}). The database is only ever used from the calling
 * thread, inside its transaction.
 */
final class ValueWriter {

    /** Blocks checked but not yet stored, at most. */
    private static final int WAITING = 8;

    private ValueWriter() {
    }

    /**
     * Runs the check and stores every value it hands on; returns its report. A failure of either side stops both
     * and is thrown here.
     *
     * @param check checks the file, handing each valid value to the consumer it is given
     */
    static ValidationReport store(Connection connection, long submissionId,
                                  Function<Consumer<Observation>, ValidationReport> check) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(ValueBlock.INSERT)) {
            ValueBlock encoded = new ValueBlock();
            int[] blockNo = {0};
            return HandOff.<List<Observation>, ValidationReport, SQLException>run("intake-check", WAITING,
                    handOn -> inBlocks(check, handOn),
                    block -> encoded.fill(block).bind(insert, submissionId, ++blockNo[0]).executeUpdate());
        }
    }

    private static ValidationReport inBlocks(Function<Consumer<Observation>, ValidationReport> check,
                                             Consumer<List<Observation>> handOn) {
        List<Observation> block = new ArrayList<>(ValueBlock.SIZE);
        ValidationReport report = check.apply(observation -> {
            block.add(observation);
            if (block.size() == ValueBlock.SIZE) {
                handOn.accept(List.copyOf(block));
                block.clear();
            }
        });
        if (!block.isEmpty()) {
            handOn.accept(List.copyOf(block));
        }
        return report;
    }
}
