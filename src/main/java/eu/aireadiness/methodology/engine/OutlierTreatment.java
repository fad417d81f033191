package eu.aireadiness.methodology.engine;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Treats one column as COINr's Treat does (METHOD.md 2.4): an acceptable column is left alone; otherwise the
 * extreme values are winsorised one step at a time (a step moves every point tied at the extreme to the next
 * value in), on whichever side the skew points to, until the column is acceptable or {@code winmax} points have
 * been moved; if that is not enough, the winsorisation is thrown away and the original column log-transformed.
 */
final class OutlierTreatment {

    /** The treated column, which positions were moved (and how), the summary, and a warning when untreated. */
    record Outcome(double[] values, boolean[] high, boolean[] low, boolean logged, ColumnTreatment summary,
                   Optional<String> warning) {
    }

    private OutlierTreatment() {
    }

    static Outcome treat(String code, double[] x, TreatSpec spec) {
        Shape before = Shape.of(x, spec);
        boolean[] none = new boolean[x.length];
        if (!before.defined()) {
            return untreated(code, x, before, code + ": skewness or kurtosis cannot be computed (constant column or fewer than 4 values); left"
                    + " untreated");
        }
        if (before.acceptable()) {
            return new Outcome(x, none, none, false, new ColumnTreatment(code, before, OptionalInt.empty(),
                    Optional.empty(), Optional.empty(), ColumnTreatment.Outcome.NONE, before), Optional.empty());
        }
        double[] w = x.clone();
        boolean[] high = new boolean[x.length];
        boolean[] low = new boolean[x.length];
        int highCount = 0;
        int lowCount = 0;
        Shape shape = before;
        while (!shape.acceptable() && highCount + lowCount < spec.winmax()) {
            if (shape.skew() >= 0) {
                highCount = clipExtreme(w, high, true);
            } else {
                lowCount = clipExtreme(w, low, false);
            }
            shape = Shape.of(w, spec);
            if (!shape.defined()) {
                // The winsorisation is thrown away with the whole treatment (METHOD.md 2.4): the summary shows
                // the column as not treated, with no count of points that were never changed in the result.
                return untreated(code, x, before, code + ": winsorising left the column constant, so its skewness is undefined; left untreated");
            }
        }
        OptionalInt count = OptionalInt.of(highCount + lowCount);
        if (shape.acceptable() || !spec.logFallback()) {
            return new Outcome(w, high, low, false, new ColumnTreatment(code, before, count, Optional.of(shape),
                    Optional.empty(), ColumnTreatment.Outcome.WINSORISED, shape), Optional.empty());
        }
        double[] y = logTransform(x);
        Shape logged = Shape.of(y, spec);
        return new Outcome(y, none, none, true, new ColumnTreatment(code, before, count, Optional.of(shape),
                Optional.of(logged), ColumnTreatment.Outcome.LOG_CT, logged), Optional.empty());
    }

    private static Outcome untreated(String code, double[] x, Shape before, String warning) {
        boolean[] none = new boolean[x.length];
        return new Outcome(x, none, none, false, new ColumnTreatment(code, before, OptionalInt.empty(), Optional.empty(),
                Optional.empty(), ColumnTreatment.Outcome.NONE, before), Optional.of(warning));
    }

    /**
     * One winsorisation step on one side: every present point equal to the extreme is set to the most extreme
     * value among the other points. Marks the clipped positions in {@code side} (which replaces the side's
     * previous set: earlier clipped points are tied at the new extreme, so they are in it again).
     *
     * @return the number of positions in the side's set
     */
    static int clipExtreme(double[] w, boolean[] side, boolean high) {
        double extreme = high ? ColumnStatistics.max(w) : ColumnStatistics.min(w);
        double next = Double.NaN;
        for (double v : w) {
            if (!Double.isNaN(v) && v != extreme && (Double.isNaN(next) || (high ? v > next : v < next))) {
                next = v;
            }
        }
        int count = 0;
        for (int i = 0; i < w.length; i++) {
            side[i] = w[i] == extreme;
            if (side[i]) {
                w[i] = next;
                count++;
            }
        }
        return count;
    }

    /** COINr's log_CT: ln(x - min + 0.01 (max - min)), which keeps every value's logarithm defined. */
    static double[] logTransform(double[] x) {
        double min = ColumnStatistics.min(x);
        double max = ColumnStatistics.max(x);
        double shift = 0.01 * (max - min);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.log(x[i] - min + shift);
        }
        return y;
    }
}
