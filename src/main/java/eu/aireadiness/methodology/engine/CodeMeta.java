package eu.aireadiness.methodology.engine;

/**
 * One row of the index's structure (COINr's iMeta): an indicator (level 1) or an aggregate (level 2 and up).
 *
 * @param parent         the code of the aggregate this code feeds; empty for the top of the index
 * @param direction      +1 when a higher value is better, -1 when a lower one is
 * @param weight         the weight within the parent, 0 or more
 * @param denominator    the name of the units' column an indicator is divided by; empty for none
 * @param goalpostLower  the lower goalpost of an indicator, NaN when it has none
 * @param goalpostUpper  the upper goalpost of an indicator, NaN when it has none
 */
public record CodeMeta(String code, int level, String parent, int direction, double weight, String denominator,
                       double goalpostLower, double goalpostUpper) {

    public CodeMeta {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a code of the index structure is empty");
        }
        if (level < 1) {
            throw new IllegalArgumentException(code + ": level must be 1 or more, found " + level);
        }
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException(code + ": direction must be 1 or -1, found " + direction);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(code + ": weight must be 0 or more, found " + weight);
        }
        parent = parent == null ? "" : parent;
        denominator = denominator == null ? "" : denominator;
    }

    /** An indicator without denominator or goalposts. */
    public static CodeMeta indicator(String code, String parent, int direction, double weight) {
        return new CodeMeta(code, 1, parent, direction, weight, "", Double.NaN, Double.NaN);
    }

    /** An aggregate (level 2 or more). */
    public static CodeMeta aggregate(String code, int level, String parent, double weight) {
        return new CodeMeta(code, level, parent, 1, weight, "", Double.NaN, Double.NaN);
    }

    public boolean isDenominated() {
        return !denominator.isEmpty();
    }
}
