package eu.aireadiness.methodology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A units-by-codes matrix of numbers, the data set every methodological step takes and returns.
 * A missing value is {@code NaN}. Instances are treated as immutable: steps return new tables.
 */
public final class IndicatorTable {

    private final List<String> units;
    private final List<String> codes;
    private final double[][] values;
    private final Map<String, Integer> unitIndex;
    private final Map<String, Integer> codeIndex;

    /** @param values one row per unit, one column per code; the array is copied */
    public IndicatorTable(List<String> units, List<String> codes, double[][] values) {
        this(checkedCopy(units, codes, values), units, codes);
    }

    /** Takes ownership of {@code rows}, already checked against the units and codes. */
    private IndicatorTable(double[][] rows, List<String> units, List<String> codes) {
        this.units = List.copyOf(units);
        this.codes = List.copyOf(codes);
        this.values = rows;
        this.unitIndex = index(this.units, "unit");
        this.codeIndex = index(this.codes, "code");
    }

    private static double[][] checkedCopy(List<String> units, List<String> codes, double[][] values) {
        if (values.length != units.size()) {
            throw new IllegalArgumentException(units.size() + " units but " + values.length + " rows of values");
        }
        double[][] copy = new double[values.length][];
        for (int u = 0; u < values.length; u++) {
            if (values[u].length != codes.size()) {
                throw new IllegalArgumentException("unit " + units.get(u) + " has " + values[u].length
                        + " values for " + codes.size() + " codes");
            }
            copy[u] = values[u].clone();
        }
        return copy;
    }

    /**
     * A table from its columns ({@code columns[c][u]}), for steps that work one indicator at a time: the values are
     * copied once, straight into the table's rows.
     */
    public static IndicatorTable fromColumns(List<String> units, List<String> codes, double[][] columns) {
        if (columns.length != codes.size()) {
            throw new IllegalArgumentException(codes.size() + " codes but " + columns.length + " columns of values");
        }
        double[][] rows = new double[units.size()][codes.size()];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != units.size()) {
                throw new IllegalArgumentException("code " + codes.get(c) + " has " + columns[c].length
                        + " values for " + units.size() + " units");
            }
            for (int u = 0; u < rows.length; u++) {
                rows[u][c] = columns[c][u];
            }
        }
        return new IndicatorTable(rows, units, codes);
    }

    private static Map<String, Integer> index(List<String> names, String what) {
        Map<String, Integer> index = new HashMap<>(names.size() * 4 / 3 + 1); // sized to never rehash
        for (int i = 0; i < names.size(); i++) {
            if (index.put(names.get(i), i) != null) {
                throw new IllegalArgumentException(what + " " + names.get(i) + " appears twice");
            }
        }
        return index;
    }

    public List<String> units() {
        return units;
    }

    public List<String> codes() {
        return codes;
    }

    public double get(int unit, int code) {
        return values[unit][code];
    }

    public double get(String unit, String code) {
        return values[unitPosition(unit)][codePosition(code)];
    }

    public boolean has(String code) {
        return codeIndex.containsKey(code);
    }

    /** Whether the table has a row for the unit: a lookup, not a search of the list of units. */
    public boolean hasUnit(String unit) {
        return unitIndex.containsKey(unit);
    }

    /** The values of one code for every unit, in unit order (a copy). */
    public double[] column(String code) {
        int c = codePosition(code);
        double[] column = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            column[u] = values[u][c];
        }
        return column;
    }

    public int unitPosition(String unit) {
        Integer position = unitIndex.get(unit);
        if (position == null) {
            throw new IllegalArgumentException("no unit " + unit + " in this table; units: " + units);
        }
        return position;
    }

    public int codePosition(String code) {
        Integer position = codeIndex.get(code);
        if (position == null) {
            throw new IllegalArgumentException("no code " + code + " in this table; codes: " + codes);
        }
        return position;
    }

    /** A copy of the values by column ({@code result[c][u]}), for steps that work one indicator at a time. */
    public double[][] columns() {
        double[][] columns = new double[codes.size()][units.size()];
        for (int u = 0; u < values.length; u++) {
            double[] row = values[u];
            for (int c = 0; c < row.length; c++) {
                columns[c][u] = row[c];
            }
        }
        return columns;
    }

    /** A copy of the values, for steps that build a changed table. */
    double[][] copyValues() {
        double[][] copy = new double[values.length][];
        for (int u = 0; u < values.length; u++) {
            copy[u] = values[u].clone();
        }
        return copy;
    }
}
