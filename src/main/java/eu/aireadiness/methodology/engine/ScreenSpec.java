package eu.aireadiness.methodology.engine;

/**
 * Which units (and, optionally, indicators) are kept, by their data availability.
 *
 * @param unitThreshold      a unit is kept when its share of present indicator values is at least this (by NA)
 * @param by                 which rule decides for units: availability, share of non-zero values, or both
 * @param nonZeroThreshold   a unit is kept when its share of non-zero values among its present ones is at least
 *                           this (by ZERO or BOTH)
 * @param indicatorThreshold an indicator is kept when its share of present values over the kept units is at least
 *                           this; 0 keeps every indicator
 */
public record ScreenSpec(double unitThreshold, By by, double nonZeroThreshold, double indicatorThreshold) {

    /** The rules for units, as COINr's {@code unit_screen}: byNA, byNZ, both. */
    public enum By { NA, ZERO, BOTH }

    public ScreenSpec {
        share("screen.unit_threshold", unitThreshold);
        share("screen.nonzero_threshold", nonZeroThreshold);
        share("screen.indicator_threshold", indicatorThreshold);
    }

    private static void share(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidMethodException(key, "expected a share between 0 and 1, found " + value);
        }
    }

    /** Keeps everything. */
    public static ScreenSpec keepAll() {
        return new ScreenSpec(0, By.NA, 0, 0);
    }
}
