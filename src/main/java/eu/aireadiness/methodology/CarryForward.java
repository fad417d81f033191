package eu.aireadiness.methodology;

/**
 * Imputes a missing value with the same unit's value of the previous edition, when there is one. The result says
 * which cells were filled so that publications can flag them.
 */
public final class CarryForward {

    /** @param filled {@code filled[u][c]} is true where the value comes from the previous edition */
    public record Result(IndicatorTable table, boolean[][] filled) {

        public boolean isFilled(String unit, String code) {
            return filled[table.unitPosition(unit)][table.codePosition(code)];
        }
    }

    private CarryForward() {
    }

    /** @param previous the previous edition's values; units or codes it lacks stay missing */
    public static Result apply(IndicatorTable current, IndicatorTable previous) {
        double[][] out = current.copyValues();
        boolean[][] filled = new boolean[out.length][current.codes().size()];
        for (int u = 0; u < out.length; u++) {
            String unit = current.units().get(u);
            if (!previous.hasUnit(unit)) {
                continue;
            }
            for (int c = 0; c < out[u].length; c++) {
                String code = current.codes().get(c);
                if (Double.isNaN(out[u][c]) && previous.has(code)) {
                    double earlier = previous.get(unit, code);
                    if (!Double.isNaN(earlier)) {
                        out[u][c] = earlier;
                        filled[u][c] = true;
                    }
                }
            }
        }
        return new Result(new IndicatorTable(current.units(), current.codes(), out), filled);
    }
}
