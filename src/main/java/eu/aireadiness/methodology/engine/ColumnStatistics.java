package eu.aireadiness.methodology.engine;

import java.util.Arrays;

/**
 * Statistics of the present (non-NaN) values of a column, computed as R computes them, so that results agree with
 * COINr to the last few bits: the mean takes a second, correcting pass as R's {@code mean()} does.
 */
final class ColumnStatistics {

    private ColumnStatistics() {
    }

    static int countPresent(double[] x) {
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** The mean of the present values; NaN when there is none. */
    static double mean(double[] x) {
        double sum = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double mean = sum / n;
        double correction = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                correction += v - mean;
            }
        }
        return mean + correction / n;
    }

    /** The median of the present values (the mean of the two middle ones for an even count); NaN when none. */
    static double median(double[] x) {
        double[] present = present(x);
        int n = present.length;
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(present);
        return n % 2 == 1 ? present[n / 2] : (present[n / 2 - 1] + present[n / 2]) / 2;
    }

    /** The sample standard deviation (n - 1 in the denominator); NaN for fewer than two values. */
    static double sd(double[] x) {
        double mean = mean(x);
        double squares = 0;
        int n = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
    }

    static double[] present(double[] x) {
        double[] out = new double[countPresent(x)];
        int i = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                out[i++] = v;
            }
        }
        return out;
    }

    static double min(double[] x) {
        double min = Double.NaN;
        for (double v : x) {
            if (!Double.isNaN(v) && !(v >= min)) {
                min = v;
            }
        }
        return min;
    }

    static double max(double[] x) {
        double max = Double.NaN;
        for (double v : x) {
            if (!Double.isNaN(v) && !(v <= max)) {
                max = v;
            }
        }
        return max;
    }
}
