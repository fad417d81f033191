package eu.aireadiness.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One figure per country, written as {@code "AT 20.2 BE 24.7 ..."} so that a table of 27 countries stays readable in
 * the source and can be checked against the publication it comes from at a glance.
 */
record AnchorTable(Map<String, Double> byCountry) {

    AnchorTable {
        byCountry = Collections.unmodifiableMap(new LinkedHashMap<>(byCountry));
    }

    static AnchorTable parse(String pairs) {
        String[] tokens = pairs.strip().split("\\s+");
        if (tokens.length % 2 != 0) {
            throw new IllegalArgumentException("expected pairs of country code and number, found an odd number of tokens in: "
                    + pairs);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < tokens.length; i += 2) {
            if (values.put(tokens[i], Double.parseDouble(tokens[i + 1])) != null) {
                throw new IllegalArgumentException("country " + tokens[i] + " appears twice in: " + pairs);
            }
        }
        return new AnchorTable(values);
    }

    double of(String country) {
        Double value = byCountry.get(country);
        if (value == null) {
            throw new IllegalArgumentException("no sample figure for country " + country + "; the tables of the sample "
                    + "generator cover " + byCountry.keySet());
        }
        return value;
    }
}
