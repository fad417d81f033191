package eu.aireadiness.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import eu.aireadiness.submission.Observation;

/**
 * Consecutive values of one file as one row of {@code submitted_value_block} (migration V6): an array per column,
 * and each distinct combination of unit, status, source and note stored once, as an attribute set the values point
 * to by its position (1-based, as SQL arrays count).
 */
final class ValueBlock {

    /** Values per block at most: the positions the view {@code submitted_value} shows of a block. */
    static final int SIZE = 1000;

    static final String INSERT = "INSERT INTO submitted_value_block (submission_id, block_no, indicator, obs_value,"
            + " source_row, attribute_set, unit_measures, obs_statuses, sources, notes)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private record AttributeSet(String unit, String status, String source, String note) {
    }

    private final String[] indicators = new String[SIZE];
    private final Double[] values = new Double[SIZE];
    private final Long[] rows = new Long[SIZE];
    private final Short[] attributeSets = new Short[SIZE];
    private final Map<AttributeSet, Short> sets = new HashMap<>();
    private int size;

    /** Takes up to {@link #SIZE} observations, replacing what the block held. */
    ValueBlock fill(List<Observation> observations) {
        if (observations.isEmpty() || observations.size() > SIZE) {
            throw new IllegalArgumentException("a block holds 1 to " + SIZE + " values, not " + observations.size());
        }
        sets.clear();
        size = 0;
        for (Observation o : observations) {
            indicators[size] = o.indicator();
            values[size] = o.value().isPresent() ? o.value().getAsDouble() : null;
            rows[size] = o.row();
            // An observation's SOURCE and NOTE fit their columns (StoredText): they are stored whole.
            attributeSets[size] = sets.computeIfAbsent(new AttributeSet(o.unit(), o.status().name(), o.source(),
                    o.note()), set -> (short) (sets.size() + 1));
            size++;
        }
        return this;
    }

    /** Binds the block to {@link #INSERT}, as block {@code blockNo} of the submission. */
    PreparedStatement bind(PreparedStatement insert, long submissionId, int blockNo) throws SQLException {
        int count = sets.size();
        String[] units = new String[count];
        String[] statuses = new String[count];
        String[] sources = new String[count];
        String[] notes = new String[count];
        sets.forEach((set, position) -> {
            units[position - 1] = set.unit();
            statuses[position - 1] = set.status();
            sources[position - 1] = set.source();
            notes[position - 1] = set.note();
        });
        Connection connection = insert.getConnection();
        insert.setLong(1, submissionId);
        insert.setInt(2, blockNo);
        insert.setArray(3, connection.createArrayOf("varchar", Arrays.copyOf(indicators, size)));
        insert.setArray(4, connection.createArrayOf("float8", Arrays.copyOf(values, size)));
        insert.setArray(5, connection.createArrayOf("int8", Arrays.copyOf(rows, size)));
        insert.setArray(6, connection.createArrayOf("int2", Arrays.copyOf(attributeSets, size)));
        insert.setArray(7, connection.createArrayOf("varchar", units));
        insert.setArray(8, connection.createArrayOf("varchar", statuses));
        insert.setArray(9, connection.createArrayOf("varchar", sources));
        insert.setArray(10, connection.createArrayOf("varchar", notes));
        return insert;
    }
}
