package eu.aireadiness.sample;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.ReferenceData;

/**
 * Converts between what officers submit and what is published, as the codebook defines it:
 * {@code published = submitted / reference(denominator) * scale}, or {@code submitted * scale} without a denominator.
 */
final class UnitConversion {

    private final ReferenceData reference;

    UnitConversion(ReferenceData reference) {
        this.reference = reference;
    }

    double published(Indicator indicator, double submitted, String country, int edition) {
        return indicator.denominator()
                .map(series -> submitted / reference(series, country, edition) * indicator.scale())
                .orElse(submitted * indicator.scale());
    }

    double submitted(Indicator indicator, double published, String country, int edition) {
        return indicator.denominator()
                .map(series -> published * reference(series, country, edition) / indicator.scale())
                .orElse(published / indicator.scale());
    }

    private double reference(String series, String country, int edition) {
        return reference.find(country, edition, series)
                .orElseThrow(() -> new IllegalStateException("the sample reference data lack series " + series + " of "
                        + country + " for " + edition + "; ReferenceFigures only knows " + ReferenceFigures.POPULATION
                        + " and " + ReferenceFigures.GDP))
                .amount();
    }
}
