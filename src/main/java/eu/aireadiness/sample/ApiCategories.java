package eu.aireadiness.sample;

/** DAT3 counts the high-value dataset categories of Implementing Regulation (EU) 2023/138 reachable through an API. */
final class ApiCategories {

    static final int TOTAL = 6;

    private ApiCategories() {
    }

    static double percent(int categories) {
        return categories * 100.0 / TOTAL;
    }

    static int categories(double percent) {
        return (int) Math.round(percent * TOTAL / 100);
    }
}
