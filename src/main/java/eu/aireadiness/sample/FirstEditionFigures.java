package eu.aireadiness.sample;

import static eu.aireadiness.sample.PublishedAnchors.AI_ENTERPRISES_2024;
import static eu.aireadiness.sample.PublishedAnchors.AI_FACTORY_2025;
import static eu.aireadiness.sample.PublishedAnchors.AI_VENTURE_CAPITAL_EUR_M_2024;
import static eu.aireadiness.sample.PublishedAnchors.BASIC_DIGITAL_SKILLS_2023;
import static eu.aireadiness.sample.PublishedAnchors.CLOUD_ENTERPRISES_2023;
import static eu.aireadiness.sample.PublishedAnchors.DATA_CENTRE_MW_2024;
import static eu.aireadiness.sample.PublishedAnchors.DIGITAL_PUBLIC_SERVICES_2024;
import static eu.aireadiness.sample.PublishedAnchors.ELECTRICITY_PRICE_2024;
import static eu.aireadiness.sample.PublishedAnchors.GENERATIVE_AI_USE_2025;
import static eu.aireadiness.sample.PublishedAnchors.HIGH_DIGITAL_INTENSITY_2023;
import static eu.aireadiness.sample.PublishedAnchors.ICT_GRADUATES_2022;
import static eu.aireadiness.sample.PublishedAnchors.ICT_SPECIALISTS_2023;
import static eu.aireadiness.sample.PublishedAnchors.OPEN_DATA_MATURITY_2024;
import static eu.aireadiness.sample.PublishedAnchors.PUBLIC_COMPUTE_PFLOPS_2024;
import static eu.aireadiness.sample.PublishedAnchors.RD_EXPENDITURE_2023;
import static eu.aireadiness.sample.PublishedAnchors.RENEWABLE_ELECTRICITY_2023;

import java.util.Map;
import java.util.Set;

import eu.aireadiness.framework.Indicator;

/**
 * The published value of each indicator in the first sample edition (2025): the anchor where a figure is published,
 * otherwise a plausible derivation from related anchors with seeded noise.
 */
final class FirstEditionFigures {

    /** Cooler climates and free cooling give lower data-centre PUE. */
    private static final Set<String> COOL_CLIMATE = Set.of("DK", "EE", "FI", "IE", "LT", "LV", "NL", "SE");

    /** Median months to connect a large data centre where grids are known to be congested (Dublin, FLAP-D). */
    private static final Map<String, Double> CONGESTED_GRID_MONTHS = Map.of("IE", 72.0, "NL", 54.0, "DE", 42.0,
            "DK", 36.0, "FR", 30.0);

    /** Spain ran the first AI regulatory sandbox pilot (Royal Decree 817/2023). */
    private static final String EARLY_SANDBOX = "ES";

    private static final int EDITION = SampleEditions.FIRST;

    private final UnitConversion denomination;

    FirstEditionFigures(UnitConversion denomination) {
        this.denomination = denomination;
    }

    double published(Indicator indicator, String country) {
        return switch (indicator.code()) {
            case "CMP1" -> fromSubmitted(indicator, DATA_CENTRE_MW_2024.of(country), country);
            case "CMP2" -> fromSubmitted(indicator, PUBLIC_COMPUTE_PFLOPS_2024.of(country), country);
            case "CMP3" -> noise(4, 45, country, "CMP3");
            case "CMP4" -> AI_FACTORY_2025.of(country);
            case "GRN1" -> RENEWABLE_ELECTRICITY_2023.of(country);
            case "GRN2" -> COOL_CLIMATE.contains(country) ? noise(1.16, 1.38, country, "GRN2")
                    : noise(1.32, 1.72, country, "GRN2");
            // Data centres buy more green power than the grid mix offers, closing part of the gap to 100%.
            case "GRN3" -> closer(RENEWABLE_ELECTRICITY_2023.of(country), 100, noise(0.2, 0.6, country, "GRN3"));
            case "GRN4" -> ELECTRICITY_PRICE_2024.of(country);
            case "GRN5" -> CONGESTED_GRID_MONTHS.getOrDefault(country, (double) Math.round(noise(6, 30, country, "GRN5")));
            case "SKL1" -> BASIC_DIGITAL_SKILLS_2023.of(country);
            case "SKL2" -> BASIC_DIGITAL_SKILLS_2023.of(country) * noise(0.03, 0.09, country, "SKL2");
            case "SKL3" -> ICT_SPECIALISTS_2023.of(country);
            case "SKL4" -> ICT_GRADUATES_2022.of(country);
            case "SKL5" -> GENERATIVE_AI_USE_2025.of(country);
            case "DAT1" -> OPEN_DATA_MATURITY_2024.of(country);
            case "DAT2" -> Math.round(OPEN_DATA_MATURITY_2024.of(country) / 100 * 14 * noise(0.35, 0.75, country, "DAT2"));
            case "DAT3" -> ApiCategories.percent(firstApiCategories(country));
            case "DAT4" -> CLOUD_ENTERPRISES_2023.of(country);
            case "INV1" -> fromSubmitted(indicator, AI_VENTURE_CAPITAL_EUR_M_2024.of(country), country);
            case "INV2" -> RD_EXPENDITURE_2023.of(country);
            // Patenting follows research spending, more than proportionally.
            case "INV3" -> 8 * Math.pow(RD_EXPENDITURE_2023.of(country), 1.4) * noise(0.6, 1.4, country, "INV3");
            // Start-ups follow the pool of ICT specialists.
            case "INV4" -> 3.5 * Math.pow(ICT_SPECIALISTS_2023.of(country), 1.3) * noise(0.7, 1.3, country, "INV4");
            case "GOV1" -> aiActAuthorities(country);
            case "GOV2" -> country.equals(EARLY_SANDBOX) ? 2 : SeededNoise.chance(0.55, EDITION, country, "GOV2") ? 1 : 0;
            case "GOV3" -> regulators(country);
            case "ADO1" -> AI_ENTERPRISES_2024.of(country);
            case "ADO2" -> AI_ENTERPRISES_2024.of(country) * smallFirmShare(country);
            case "ADO3" -> DIGITAL_PUBLIC_SERVICES_2024.of(country);
            case "ADO4" -> DIGITAL_PUBLIC_SERVICES_2024.of(country) / 100 * noise(1.5, 14, country, "ADO4");
            case "ADO5" -> HIGH_DIGITAL_INTENSITY_2023.of(country);
            default -> throw new IllegalArgumentException("the sample generator has no rule for indicator "
                    + indicator.code() + " of the codebook; add one to FirstEditionFigures and SecondEditionFigures");
        };
    }

    /** How much less often small firms use AI than all firms (Eurostat shows roughly four fifths); kept across editions. */
    static double smallFirmShare(String country) {
        return SeededNoise.between(0.74, 0.88, "small-firm-share", country);
    }

    /** Of the six high-value dataset categories, how many were reachable through an API in the first edition. */
    static int firstApiCategories(String country) {
        double maturity = OPEN_DATA_MATURITY_2024.of(country) / 100;
        return (int) Math.round(maturity * ApiCategories.TOTAL * noise(0.3, 0.9, country, "DAT3"));
    }

    /** By the AI Act's August 2025 deadline many countries had designated one authority, few both. */
    private static int aiActAuthorities(String country) {
        double draw = noise(0, 1, country, "GOV1");
        return draw < 0.4 ? 0 : draw < 0.85 ? 1 : 2;
    }

    /** Larger countries have more authorities with a digital mandate. */
    private static double regulators(String country) {
        double millions = ReferenceFigures.population(country, EDITION) / 1_000_000;
        return Math.max(3, Math.round(6 + 3 * Math.log(millions) + noise(0, 6, country, "GOV3")));
    }

    /** Moves {@code value} the given share of the way towards {@code limit}: a gain that never overshoots it. */
    static double closer(double value, double limit, double share) {
        return value + (limit - value) * share;
    }

    private double fromSubmitted(Indicator indicator, double submitted, String country) {
        return denomination.published(indicator, submitted, country, EDITION);
    }

    private static double noise(double low, double high, String country, String what) {
        return SeededNoise.between(low, high, EDITION, country, what);
    }
}
