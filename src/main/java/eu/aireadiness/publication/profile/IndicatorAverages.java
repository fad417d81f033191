package eu.aireadiness.publication.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.Results;

/**
 * The EU average of each indicator's published value, in the indicator's unit: the unweighted mean over the
 * countries of the edition that have a value (carried-forward values included, missing ones left out), as the
 * pillar and index averages are means of scores. Unweighted because the index compares countries, each counting
 * once; it is not the value of the EU as a whole, which would weight by population or GDP.
 */
final class IndicatorAverages {

    private IndicatorAverages() {
    }

    /** The mean and the number of countries it is taken over, by indicator code, in codebook order. */
    static Map<String, Average> of(PublishedEdition edition) {
        Map<String, Average> averages = new LinkedHashMap<>();
        for (Indicator indicator : edition.codebook().indicators()) {
            double sum = 0;
            int count = 0;
            for (CountryResult result : edition.ranking()) {
                OptionalDouble value = Results.indicator(result, indicator.code()).value();
                if (value.isPresent()) {
                    sum += value.getAsDouble();
                    count++;
                }
            }
            averages.put(indicator.code(), new Average(count == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(sum / count), count));
        }
        return averages;
    }

    record Average(OptionalDouble mean, int countries) {
    }
}
