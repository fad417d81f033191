package eu.aireadiness.methodology.engine;

import java.util.List;

import eu.aireadiness.methodology.IndicatorTable;

/** Turns tables into arrays of columns and back: most steps work one indicator at a time. */
final class Columns {

    private Columns() {
    }

    /** {@code result[c][u]}: the value of code c for unit u. */
    static double[][] of(IndicatorTable table) {
        int units = table.units().size();
        int codes = table.codes().size();
        double[][] columns = new double[codes][units];
        for (int u = 0; u < units; u++) {
            for (int c = 0; c < codes; c++) {
                columns[c][u] = table.get(u, c);
            }
        }
        return columns;
    }

    static IndicatorTable toTable(List<String> units, List<String> codes, double[][] columns) {
        double[][] rows = new double[units.size()][codes.size()];
        for (int c = 0; c < columns.length; c++) {
            for (int u = 0; u < rows.length; u++) {
                rows[u][c] = columns[c][u];
            }
        }
        return new IndicatorTable(units, codes, rows);
    }
}
