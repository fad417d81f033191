package eu.aireadiness.methodology.engine;

import java.util.ArrayList;
import java.util.List;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * Step 3: keeps the units with enough data, as COINr's Screen, and optionally the indicators with enough data over
 * the kept units. The report says, for every unit, what it had and whether it was kept.
 */
public final class Screen {

    /**
     * What one unit had.
     *
     * @param availability share of the indicators with a value (COINr's Dat_Avail)
     * @param nonZero      share of the present values that are not zero (Non_Zero); NaN when none is present
     */
    public record UnitScreening(String unit, int missing, int zeros, double availability, double nonZero,
                                boolean included) {
    }

    /** What one indicator had over the kept units. */
    public record IndicatorScreening(String code, int missing, double availability, boolean included) {
    }

    /** The kept units and indicators, with the reports, units and indicators in the order of the input table. */
    public record Result(IndicatorTable table, List<UnitScreening> units, List<IndicatorScreening> indicators) {

        public Result {
            units = List.copyOf(units);
            indicators = List.copyOf(indicators);
        }
    }

    private Screen() {
    }

    public static Result apply(IndicatorTable table, ScreenSpec spec) {
        int codes = table.codes().size();
        List<UnitScreening> report = new ArrayList<>(table.units().size());
        List<Integer> kept = new ArrayList<>();
        for (int u = 0; u < table.units().size(); u++) {
            int missing = 0;
            int zeros = 0;
            for (int c = 0; c < codes; c++) {
                double x = table.get(u, c);
                if (Double.isNaN(x)) {
                    missing++;
                } else if (x == 0) {
                    zeros++;
                }
            }
            double availability = 1 - (double) missing / codes;
            int present = codes - missing;
            double nonZero = present == 0 ? Double.NaN : (double) (present - zeros) / present;
            boolean enoughData = availability >= spec.unitThreshold();
            boolean enoughNonZero = nonZero >= spec.nonZeroThreshold();
            boolean included = switch (spec.by()) {
                case NA -> enoughData;
                case ZERO -> enoughNonZero;
                case BOTH -> enoughData && enoughNonZero;
            };
            report.add(new UnitScreening(table.units().get(u), missing, zeros, availability, nonZero, included));
            if (included) {
                kept.add(u);
            }
        }
        int[] keptRows = kept.stream().mapToInt(Integer::intValue).toArray();
        List<IndicatorScreening> indicators = screenIndicators(table, keptRows, spec.indicatorThreshold());
        return new Result(subset(table, keptRows, indicators), report, indicators);
    }

    private static List<IndicatorScreening> screenIndicators(IndicatorTable table, int[] kept, double threshold) {
        int[] missing = new int[table.codes().size()];
        for (int u : kept) { // row by row: the table is stored by rows
            for (int c = 0; c < missing.length; c++) {
                if (Double.isNaN(table.get(u, c))) {
                    missing[c]++;
                }
            }
        }
        List<IndicatorScreening> out = new ArrayList<>(missing.length);
        for (int c = 0; c < missing.length; c++) {
            double availability = kept.length == 0 ? 0 : 1 - (double) missing[c] / kept.length;
            out.add(new IndicatorScreening(table.codes().get(c), missing[c], availability, availability >= threshold));
        }
        return out;
    }

    private static IndicatorTable subset(IndicatorTable table, int[] kept, List<IndicatorScreening> codes) {
        boolean allCodes = codes.stream().allMatch(IndicatorScreening::included);
        if (kept.length == table.units().size() && allCodes) {
            return table;
        }
        List<String> units = new ArrayList<>(kept.length);
        for (int u : kept) {
            units.add(table.units().get(u));
        }
        List<Integer> keptCodes = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            if (codes.get(c).included()) {
                keptCodes.add(c);
            }
        }
        double[][] out = new double[units.size()][keptCodes.size()];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < keptCodes.size(); j++) {
                out[i][j] = table.get(kept[i], keptCodes.get(j));
            }
        }
        return new IndicatorTable(units, keptCodes.stream().map(table.codes()::get).toList(), out);
    }
}
