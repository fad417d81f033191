package eu.aireadiness.methodology.engine;

import java.util.ArrayList;
import java.util.List;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * Step 4: outlier treatment of every indicator over the kept units, on the values in their original orientation
 * (directions are applied later, by normalisation).
 */
public final class Treat {

    /** How a cell was changed, with COINr's name for it. */
    public enum How {
        WINHI("winhi"), WINLO("winlo"), LOG_CT("log_CT");

        private final String label;

        How(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A changed cell: its value before and after treatment. */
    public record TreatedCell(String unit, String code, double before, double after, How how) {
    }

    /**
     * @param cells    the changed cells, by indicator then unit in table order
     * @param summary  one row per indicator in table order; empty when the method is none
     * @param warnings one line per column left untreated because its shape cannot be computed
     */
    public record Result(IndicatorTable table, List<TreatedCell> cells, List<ColumnTreatment> summary,
                         List<String> warnings) {

        public Result {
            cells = List.copyOf(cells);
            summary = List.copyOf(summary);
            warnings = List.copyOf(warnings);
        }
    }

    private Treat() {
    }

    public static Result apply(IndicatorTable table, TreatSpec spec) {
        if (spec.method() == TreatSpec.Method.NONE) {
            return new Result(table, List.of(), List.of(), List.of());
        }
        double[][] columns = table.columns();
        List<TreatedCell> cells = new ArrayList<>();
        List<ColumnTreatment> summary = new ArrayList<>(columns.length);
        List<String> warnings = new ArrayList<>();
        boolean changed = false;
        for (int c = 0; c < columns.length; c++) {
            String code = table.codes().get(c);
            double[] before = columns[c];
            OutlierTreatment.Outcome outcome = OutlierTreatment.treat(code, before, spec);
            summary.add(outcome.summary());
            outcome.warning().ifPresent(warnings::add);
            if (outcome.values() == before) {
                continue;
            }
            changed = true;
            for (int u = 0; u < before.length; u++) {
                How how = outcome.logged() ? (Double.isNaN(before[u]) ? null : How.LOG_CT)
                        : outcome.high()[u] ? How.WINHI : outcome.low()[u] ? How.WINLO : null;
                if (how != null) {
                    cells.add(new TreatedCell(table.units().get(u), code, before[u], outcome.values()[u], how));
                }
            }
            columns[c] = outcome.values();
        }
        IndicatorTable treated = changed
                ? IndicatorTable.fromColumns(table.units(), table.codes(), columns) : table;
        return new Result(treated, cells, summary, warnings);
    }
}
