package eu.aireadiness.methodology.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.aireadiness.methodology.CarryForward;
import eu.aireadiness.methodology.IndicatorTable;

/**
 * Step 2: fills missing indicator values, one indicator at a time, from the present values of the same indicator
 * (all units, or the units of the same group) or from the previous edition. Present values never change. When
 * there is nothing to fill from (a group without any present value), the cell stays missing.
 */
public final class Impute {

    /** A filled cell; {@code group} is the unit's group label for group methods, empty otherwise. */
    public record ImputedCell(String unit, String code, String group, double value) {
    }

    /** The table after imputation and the list of filled cells, by indicator then unit in table order. */
    public record Result(IndicatorTable table, List<ImputedCell> cells) {

        public Result {
            cells = List.copyOf(cells);
        }
    }

    private Impute() {
    }

    public static Result apply(IndicatorTable table, IndexData data, ImputeSpec spec) {
        return switch (spec.method()) {
            case NONE -> new Result(table, List.of());
            case CARRY_FORWARD -> carryForward(table, data.previous().orElseThrow(() ->
                    new InvalidMethodException("impute.method", "carry_forward needs the previous edition's values")));
            case MEAN, MEDIAN -> fromGroups(table, new int[table.units().size()], List.of(""), spec.method());
            case GROUP_MEAN, GROUP_MEDIAN -> {
                List<String> labels = data.groups().get(spec.group());
                if (labels == null) {
                    throw new InvalidMethodException("impute.group", "no group column '" + spec.group() + "'");
                }
                List<String> distinct = new ArrayList<>();
                int[] groupOf = groupIndex(labels, distinct);
                yield fromGroups(table, groupOf, distinct, spec.method());
            }
        };
    }

    private static int[] groupIndex(List<String> labels, List<String> distinct) {
        Map<String, Integer> index = new HashMap<>();
        int[] groupOf = new int[labels.size()];
        for (int u = 0; u < groupOf.length; u++) {
            groupOf[u] = index.computeIfAbsent(labels.get(u), label -> {
                distinct.add(label);
                return distinct.size() - 1;
            });
        }
        return groupOf;
    }

    private static Result fromGroups(IndicatorTable table, int[] groupOf, List<String> groups, ImputeSpec.Method how) {
        boolean median = how == ImputeSpec.Method.MEDIAN || how == ImputeSpec.Method.GROUP_MEDIAN;
        boolean labelled = how.byGroup();
        double[][] columns = table.columns();
        List<ImputedCell> cells = new ArrayList<>();
        int[][] membersOf = members(groupOf, groups.size());
        for (int c = 0; c < columns.length; c++) {
            double[] x = columns[c];
            if (ColumnStatistics.countPresent(x) == x.length) {
                continue;
            }
            double[] fill = new double[groups.size()];
            for (int g = 0; g < fill.length; g++) {
                double[] values = new double[membersOf[g].length];
                for (int k = 0; k < values.length; k++) {
                    values[k] = x[membersOf[g][k]];
                }
                fill[g] = median ? ColumnStatistics.median(values) : ColumnStatistics.mean(values);
            }
            for (int u = 0; u < x.length; u++) {
                if (Double.isNaN(x[u]) && !Double.isNaN(fill[groupOf[u]])) {
                    x[u] = fill[groupOf[u]];
                    cells.add(new ImputedCell(table.units().get(u), table.codes().get(c),
                            labelled ? groups.get(groupOf[u]) : "", x[u]));
                }
            }
        }
        return new Result(cells.isEmpty() ? table
                : IndicatorTable.fromColumns(table.units(), table.codes(), columns), cells);
    }

    /**
     * The units of each group, in unit order: a group's mean then adds its values in the same order as a pass over
     * every unit would, and each column is read once per unit, not once per unit and group.
     */
    private static int[][] members(int[] groupOf, int groups) {
        int[] sizes = new int[groups];
        for (int g : groupOf) {
            sizes[g]++;
        }
        int[][] members = new int[groups][];
        for (int g = 0; g < groups; g++) {
            members[g] = new int[sizes[g]];
        }
        int[] filled = new int[groups];
        for (int u = 0; u < groupOf.length; u++) {
            members[groupOf[u]][filled[groupOf[u]]++] = u;
        }
        return members;
    }

    private static Result carryForward(IndicatorTable table, IndicatorTable previous) {
        CarryForward.Result carried = CarryForward.apply(table, previous);
        List<ImputedCell> cells = new ArrayList<>();
        for (int c = 0; c < table.codes().size(); c++) {
            for (int u = 0; u < table.units().size(); u++) {
                if (carried.filled()[u][c]) {
                    cells.add(new ImputedCell(table.units().get(u), table.codes().get(c), "",
                            carried.table().get(u, c)));
                }
            }
        }
        return new Result(carried.table(), cells);
    }
}
