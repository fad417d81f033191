package eu.aireadiness.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Range;

/**
 * The published value of every indicator, country and sample edition, before it is turned into a submission.
 *
 * <p>Values are kept inside the codebook's plausible range, so that only the deliberate errors of the scenario make a
 * validator reject anything; derived values may fall outside the goalposts, as real ones do.
 */
final class SampleFigures {

    private record Key(int edition, String country, String indicator) {
    }

    private final Map<Key, Double> published;

    private SampleFigures(Map<Key, Double> published) {
        this.published = Map.copyOf(published);
    }

    static SampleFigures compute(Codebook codebook, List<Country> countries, UnitConversion denomination) {
        Map<Key, Double> values = new HashMap<>();
        FirstEditionFigures first = new FirstEditionFigures(denomination);
        for (Indicator indicator : codebook.indicators()) {
            for (Country country : countries) {
                values.put(new Key(SampleEditions.FIRST, country.code(), indicator.code()),
                        clamp(first.published(indicator, country.code()), indicator.plausible()));
            }
        }
        SecondEditionFigures second = new SecondEditionFigures(
                (country, indicator) -> lookup(values, SampleEditions.FIRST, country, indicator), denomination);
        for (Indicator indicator : codebook.indicators()) {
            for (Country country : countries) {
                values.put(new Key(SampleEditions.SECOND, country.code(), indicator.code()),
                        clamp(second.published(indicator, country.code()), indicator.plausible()));
            }
        }
        return new SampleFigures(values);
    }

    double published(int edition, String country, String indicator) {
        return lookup(published, edition, country, indicator);
    }

    private static double lookup(Map<Key, Double> values, int edition, String country, String indicator) {
        Double value = values.get(new Key(edition, country, indicator));
        if (value == null) {
            throw new IllegalArgumentException("no sample figure for " + indicator + " of " + country + " in " + edition
                    + "; the codebook must list the indicator and countries.csv the country");
        }
        return value;
    }

    private static double clamp(double value, Range plausible) {
        return Math.max(plausible.low(), Math.min(plausible.high(), value));
    }
}
