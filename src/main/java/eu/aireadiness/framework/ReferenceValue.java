package eu.aireadiness.framework;

/** One reference figure, such as the population of a country in a year, with where it comes from. */
public record ReferenceValue(String country, int year, String series, double amount, String unit, String source) {

    public ReferenceValue {
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException(series + " of " + country + " in " + year
                    + " must be a positive number, found " + amount);
        }
    }
}
