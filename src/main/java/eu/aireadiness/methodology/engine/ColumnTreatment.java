package eu.aireadiness.methodology.engine;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the outlier treatment found and did for one indicator (one row of COINr's treatment summary).
 *
 * @param winsorised       how many points were winsorised; empty when the column passed the first test, could
 *                         not be tested, or its treatment was abandoned (a step left it constant)
 * @param afterWinsorising the shape after the last winsorisation step; empty when none was made or the treatment
 *                         was abandoned
 * @param afterLog         the shape after the log transform; empty when it was not applied
 * @param result           what the column finally is
 * @param shapeFinal       the shape of the final column
 */
public record ColumnTreatment(String code, Shape before, OptionalInt winsorised, Optional<Shape> afterWinsorising,
                              Optional<Shape> afterLog, Outcome result, Shape shapeFinal) {

    /** What a column finally is. */
    public enum Outcome {
        NONE("none"), WINSORISED("winsorised"), LOG_CT("log_CT");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** COINr's name for it. */
        public String label() {
            return label;
        }
    }

    public boolean logApplied() {
        return afterLog.isPresent();
    }
}
