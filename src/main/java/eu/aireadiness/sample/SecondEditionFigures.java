package eu.aireadiness.sample;

import static eu.aireadiness.sample.PublishedAnchors.AI_FACTORY_2026;
import static eu.aireadiness.sample.PublishedAnchors.PUBLIC_COMPUTE_PFLOPS_2024;
import static eu.aireadiness.sample.PublishedAnchors.PUBLIC_COMPUTE_PFLOPS_2025;

import java.util.function.ToDoubleBiFunction;

import eu.aireadiness.framework.Indicator;

/**
 * The published value of each indicator in the second sample edition (2026): the first edition's value plus a year
 * of plausible progress that differs by country, so that "change since 2025" is meaningful. AI adoption and generative
 * AI use grow fast, compute jumps where a new system came online, prices ease, structural figures barely move.
 */
final class SecondEditionFigures {

    private static final int EDITION = SampleEditions.SECOND;

    private final ToDoubleBiFunction<String, String> firstEdition;
    private final UnitConversion denomination;

    /**
     * @param firstEdition the published first-edition value by (country, indicator code)
     */
    SecondEditionFigures(ToDoubleBiFunction<String, String> firstEdition, UnitConversion denomination) {
        this.firstEdition = firstEdition;
        this.denomination = denomination;
    }

    double published(Indicator indicator, String country) {
        String code = indicator.code();
        double first = firstEdition.applyAsDouble(country, code);
        return switch (code) {
            case "CMP1" -> first * (1 + noise(0.06, 0.30, country, code));
            case "CMP2" -> denomination.published(indicator, PUBLIC_COMPUTE_PFLOPS_2025.of(country), country, EDITION);
            case "CMP3" -> ((1 + first / 100) * (1 + computeGrowth(country)) - 1) * 100;
            case "CMP4" -> AI_FACTORY_2026.of(country);
            case "GRN1" -> first + noise(0.5, 4.0, country, code);
            case "GRN2" -> Math.max(1.1, first - noise(0, 0.06, country, code));
            case "GRN3" -> FirstEditionFigures.closer(first, 100, noise(0.05, 0.25, country, code));
            case "GRN4" -> first * (1 + noise(-0.12, 0.03, country, code));
            case "GRN5" -> Math.max(3, first + Math.round(noise(-6, 8, country, code)));
            case "SKL1" -> first + noise(0.5, 3.5, country, code);
            // Cumulative since 2025: a second year of training adds to the first.
            case "SKL2" -> first + firstEdition.applyAsDouble(country, "SKL1") * noise(0.05, 0.14, country, code);
            case "SKL3" -> first + noise(0.05, 0.4, country, code);
            case "SKL4" -> Math.max(0.5, first + noise(-0.3, 0.6, country, code));
            case "SKL5" -> first + noise(4, 12, country, code);
            case "DAT1" -> FirstEditionFigures.closer(first, 100, noise(-0.15, 0.45, country, code));
            case "DAT2" -> first + Math.floor(noise(0, 3, country, code));
            case "DAT3" -> ApiCategories.percent(Math.min(ApiCategories.TOTAL,
                    ApiCategories.categories(first) + (int) Math.floor(noise(0, 3, country, code))));
            case "DAT4" -> first + noise(1, 6, country, code);
            case "INV1" -> first * (1 + noise(-0.2, 0.6, country, code));
            case "INV2" -> first + noise(-0.05, 0.1, country, code);
            case "INV3" -> first * (1 + noise(0, 0.25, country, code));
            case "INV4" -> first * (1 + noise(0.05, 0.3, country, code));
            case "GOV1" -> Math.min(2, first + (SeededNoise.chance(0.7, EDITION, country, code) ? 1 : 0));
            case "GOV2" -> Math.min(2, first + (SeededNoise.chance(0.5, EDITION, country, code) ? 1 : 0));
            // Some governments merge supervisors, a few add one.
            case "GOV3" -> first + Math.floor(noise(-2, 2, country, code));
            case "ADO1" -> aiEnterprises(country);
            case "ADO2" -> aiEnterprises(country) * FirstEditionFigures.smallFirmShare(country);
            case "ADO3" -> FirstEditionFigures.closer(first, 100, noise(0, 0.4, country, code));
            case "ADO4" -> first * (1 + noise(0.1, 0.6, country, code));
            case "ADO5" -> first + noise(0.5, 4, country, code);
            default -> throw new IllegalArgumentException("the sample generator has no rule for indicator " + code
                    + " of the codebook; add one to FirstEditionFigures and SecondEditionFigures");
        };
    }

    /** Eurostat's 2025 wave showed AI use by enterprises up by about half in a year. */
    private double aiEnterprises(String country) {
        return firstEdition.applyAsDouble(country, "ADO1") * (1 + noise(0.25, 0.55, country, "ADO1"));
    }

    /** A year of growth of all compute: at least ordinary growth, more where a large public system came online. */
    private static double computeGrowth(String country) {
        double publicGrowth = PUBLIC_COMPUTE_PFLOPS_2025.of(country) / PUBLIC_COMPUTE_PFLOPS_2024.of(country) - 1;
        return Math.max(noise(0.10, 0.45, country, "CMP3"), Math.min(3.0, publicGrowth / 2));
    }

    private static double noise(double low, double high, String country, String what) {
        return SeededNoise.between(low, high, EDITION, country, what);
    }
}
