package eu.aireadiness.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reference series (population, GDP...) per country and year: the denominators of the framework. */
public record ReferenceData(List<ReferenceValue> values) {

    public ReferenceData {
        values = List.copyOf(values);
        Map<String, ReferenceValue> seen = new HashMap<>();
        for (ReferenceValue v : values) {
            if (seen.put(key(v.country(), v.year(), v.series()), v) != null) {
                throw new IllegalArgumentException("reference series " + v.series() + " of " + v.country() + " in "
                        + v.year() + " is given twice");
            }
        }
    }

    public Optional<ReferenceValue> find(String country, int year, String series) {
        return values.stream()
                .filter(v -> v.country().equals(country) && v.year() == year && v.series().equals(series))
                .findFirst();
    }

    private static String key(String country, int year, String series) {
        return country + '|' + year + '|' + series;
    }
}
