package eu.aireadiness.methodology;

import java.util.Map;

import eu.aireadiness.framework.Direction;

/**
 * Maps each indicator to a 0-100 score between fixed goalposts: the floor scores 0 and the target 100 (reversed
 * for indicators where lower is better), values beyond them are capped. Unlike min-max over the current
 * countries, fixed goalposts keep scores comparable across editions, as the Digital Economy and Society Index does.
 */
public final class GoalpostNormalisation {

    /** The goalposts of one indicator and which way is better. */
    public record Goalposts(double floor, double target, Direction direction) {

        public Goalposts {
            if (!(floor < target)) {
                throw new IllegalArgumentException("goalposts need floor < target, found " + floor + " and " + target);
            }
        }

        double score(double x) {
            double share = (x - floor) / (target - floor);
            if (direction == Direction.NEGATIVE) {
                share = 1 - share;
            }
            return 100 * Math.min(1, Math.max(0, share));
        }
    }

    private GoalpostNormalisation() {
    }

    /** @param goalposts by code; every code of the table needs goalposts */
    public static IndicatorTable apply(IndicatorTable table, Map<String, Goalposts> goalposts) {
        double[][] out = new double[table.units().size()][table.codes().size()];
        for (int c = 0; c < table.codes().size(); c++) {
            Goalposts g = goalposts.get(table.codes().get(c));
            if (g == null) {
                throw new IllegalArgumentException("no goalposts for " + table.codes().get(c));
            }
            for (int u = 0; u < out.length; u++) {
                double x = table.get(u, c);
                out[u][c] = Double.isNaN(x) ? Double.NaN : g.score(x);
            }
        }
        return new IndicatorTable(table.units(), table.codes(), out);
    }
}
