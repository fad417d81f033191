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
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> codeIndex = new HashMap<>();

    /** @param values one row per unit, one column per code; the array is copied */
    public IndicatorTable(List<String> units, List<String> codes, double[][] values) {
        this.units = List.copyOf(units);
        this.codes = List.copyOf(codes);
        if (values.length != units.size()) {
            throw new IllegalArgumentException(units.size() + " units but " + values.length + " rows of values");
        }
        this.values = new double[values.length][];
        for (int u = 0; u < values.length; u++) {
            if (values[u].length != codes.size()) {
                throw new IllegalArgumentException("unit " + units.get(u) + " has " + values[u].length
                        + " values for " + codes.size() + " codes");
            }
            this.values[u] = values[u].clone();
        }
        index(this.units, unitIndex, "unit");
        index(this.codes, codeIndex, "code");
    }

    /** A table of the given units and codes with every value missing. */
    public static IndicatorTable empty(List<String> units, List<String> codes) {
        double[][] values = new double[units.size()][codes.size()];
        for (double[] row : values) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return new IndicatorTable(units, codes, values);
    }

    private static void index(List<String> names, Map<String, Integer> index, String what) {
        for (int i = 0; i < names.size(); i++) {
            if (index.put(names.get(i), i) != null) {
                throw new IllegalArgumentException(what + " " + names.get(i) + " appears twice");
            }
        }
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

    /** A copy of the values, for steps that build a changed table. */
    double[][] copyValues() {
        double[][] copy = new double[values.length][];
        for (int u = 0; u < values.length; u++) {
            copy[u] = values[u].clone();
        }
        return copy;
    }
}
