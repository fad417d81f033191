package eu.aireadiness.framework;

/** Whether a higher value of an indicator means more readiness or less. */
public enum Direction {
    POSITIVE(1),
    NEGATIVE(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }

    /** Accepts the spellings used in codebooks: {@code +}, {@code -}, {@code 1}, {@code -1}. */
    public static Direction parse(String text) {
        return switch (text.strip()) {
            case "+", "1", "+1" -> POSITIVE;
            case "-", "-1" -> NEGATIVE;
            default -> throw new IllegalArgumentException("expected '+' or '-' (or 1 / -1), found '" + text + "'");
        };
    }
}
