package eu.aireadiness.methodology.engine;

import eu.aireadiness.methodology.CompetitionRanking;
import eu.aireadiness.methodology.IndicatorTable;

/**
 * Step 5: brings every indicator to a common scale where higher is better. Each value is first multiplied by its
 * indicator's direction, then normalised; the operations run in COINr's order (negate, subtract, divide,
 * multiply) so that results agree to the last bit. A column without spread (max = min) has no min-max score:
 * every value becomes missing.
 */
public final class Normalise {

    private Normalise() {
    }

    public static IndicatorTable apply(IndicatorTable table, IndexStructure structure, NormaliseSpec spec) {
        double[][] columns = table.columns();
        for (int c = 0; c < columns.length; c++) {
            CodeMeta m = structure.meta(table.codes().get(c)).orElse(null);
            if (m == null || m.level() != 1) {
                throw new IllegalArgumentException("no indicator " + table.codes().get(c) + " in the index structure");
            }
            double[] z = columns[c];
            if (m.direction() == -1) {
                for (int u = 0; u < z.length; u++) {
                    z[u] = -z[u];
                }
            }
            columns[c] = normalise(z, m, spec);
        }
        return IndicatorTable.fromColumns(table.units(), table.codes(), columns);
    }

    /** Normalises a column already multiplied by its direction. */
    static double[] normalise(double[] z, CodeMeta meta, NormaliseSpec spec) {
        return switch (spec.method()) {
            case MINMAX -> minMax(z, spec.lower(), spec.upper());
            case ZSCORE -> zScore(z, spec.mean(), spec.sd());
            case GOALPOSTS -> goalposts(z, meta, spec);
            case RANK -> ranks(z);
            case PERCENTILE_RANK -> percentileRanks(z);
        };
    }

    static double[] minMax(double[] z, double lower, double upper) {
        double min = ColumnStatistics.min(z);
        double max = ColumnStatistics.max(z);
        double[] y = new double[z.length];
        for (int u = 0; u < z.length; u++) {
            y[u] = (z[u] - min) / (max - min) * (upper - lower) + lower;
        }
        return y;
    }

    static double[] zScore(double[] z, double mean, double sd) {
        double m = ColumnStatistics.mean(z);
        double s = ColumnStatistics.sd(z);
        double[] y = new double[z.length];
        for (int u = 0; u < z.length; u++) {
            y[u] = (z[u] - m) / s * sd + mean;
        }
        return y;
    }

    /**
     * The share of the way from the lower to the upper goalpost, capped to [0, 1], stretched to the range. For a
     * negative indicator the goalposts are negated and swapped, as its values are: the upper one scores lowest.
     */
    static double[] goalposts(double[] z, CodeMeta meta, NormaliseSpec spec) {
        NormaliseSpec.Goalposts posts = spec.goalposts().get(meta.code());
        double lowerPost = posts != null ? posts.lower() : meta.goalpostLower();
        double upperPost = posts != null ? posts.upper() : meta.goalpostUpper();
        if (Double.isNaN(lowerPost) || Double.isNaN(upperPost)) {
            throw new InvalidMethodException("normalise.goalposts", "indicator " + meta.code() + " has no goalposts");
        }
        double from = meta.direction() == -1 ? -upperPost : lowerPost;
        double to = meta.direction() == -1 ? -lowerPost : upperPost;
        double[] y = new double[z.length];
        for (int u = 0; u < z.length; u++) {
            double share = Math.min(1, Math.max(0, (z[u] - from) / (to - from)));
            y[u] = Double.isNaN(z[u]) ? Double.NaN : share * (spec.upper() - spec.lower()) + spec.lower();
        }
        return y;
    }

    /** The rank from the lowest value (1), ties sharing the smallest rank; missing stays missing. */
    static double[] ranks(double[] z) {
        double[] negated = new double[z.length];
        for (int u = 0; u < z.length; u++) {
            negated[u] = -z[u];
        }
        int[] ranks = CompetitionRanking.rank(negated);
        double[] y = new double[z.length];
        for (int u = 0; u < z.length; u++) {
            y[u] = ranks[u] == CompetitionRanking.NO_RANK ? Double.NaN : ranks[u];
        }
        return y;
    }

    /** (rank - 1) / (n - 1), n the number of present values, as COINr's n_prank. */
    static double[] percentileRanks(double[] z) {
        double[] y = ranks(z);
        int n = ColumnStatistics.countPresent(z);
        for (int u = 0; u < y.length; u++) {
            y[u] = (y[u] - 1) / (n - 1);
        }
        return y;
    }
}
