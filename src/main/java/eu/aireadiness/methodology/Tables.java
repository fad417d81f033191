package eu.aireadiness.methodology;

import java.util.ArrayList;
import java.util.List;

/** Reshaping of tables: selecting and joining columns. */
final class Tables {

    private Tables() {
    }

    /** The given codes of the table, in the given order; a code the table lacks is a column of missing values. */
    static IndicatorTable selectColumns(IndicatorTable table, List<String> codes) {
        double[][] out = new double[table.units().size()][codes.size()];
        for (int c = 0; c < codes.size(); c++) {
            boolean present = table.has(codes.get(c));
            int from = present ? table.codePosition(codes.get(c)) : -1;
            for (int u = 0; u < out.length; u++) {
                out[u][c] = present ? table.get(u, from) : Double.NaN;
            }
        }
        return new IndicatorTable(table.units(), codes, out);
    }

    /** The columns of {@code left} then those of {@code right}; both must have the same units in the same order. */
    static IndicatorTable joinColumns(IndicatorTable left, IndicatorTable right) {
        if (!left.units().equals(right.units())) {
            throw new IllegalArgumentException("cannot join tables of different units");
        }
        List<String> codes = new ArrayList<>(left.codes());
        codes.addAll(right.codes());
        double[][] out = new double[left.units().size()][codes.size()];
        for (int u = 0; u < out.length; u++) {
            for (int c = 0; c < left.codes().size(); c++) {
                out[u][c] = left.get(u, c);
            }
            for (int c = 0; c < right.codes().size(); c++) {
                out[u][left.codes().size() + c] = right.get(u, c);
            }
        }
        return new IndicatorTable(left.units(), codes, out);
    }
}
