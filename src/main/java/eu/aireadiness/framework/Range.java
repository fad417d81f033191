package eu.aireadiness.framework;

/** A closed interval [low, high]. */
public record Range(double low, double high) {

    public Range {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("a range needs low <= high, found [" + low + ", " + high + "]");
        }
    }

    public boolean contains(double x) {
        return x >= low && x <= high;
    }

    public double width() {
        return high - low;
    }
}
