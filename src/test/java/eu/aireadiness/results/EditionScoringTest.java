package eu.aireadiness.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.dataset.CountrySubmission;
import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.SubmittedValue;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.framework.Range;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;
import eu.aireadiness.results.ScoreRow.Basis;
import eu.aireadiness.submission.ObsStatus;

/**
 * The index's own method (the shipped input/method.yml) on a two-pillar index of three countries, through the engine;
 * every number worked out by hand.
 */
class EditionScoringTest {

    private static final double NA = Double.NaN;

    // Pillar P (weight 1): A1 per million inhabitants, goalposts 0-100; A2 lower is better, goalposts 0-10.
    // Pillar Q (weight 3): B1, goalposts 0-50.
    private final Codebook codebook = new Codebook("IDX", "Index", List.of(
            new Pillar("P", "P", 1, ""), new Pillar("Q", "Q", 3, "")), List.of(
            indicator("A1", "P", Direction.POSITIVE, Optional.of("POP"), 1e6, 0, 100),
            indicator("A2", "P", Direction.NEGATIVE, Optional.empty(), 1, 0, 10),
            indicator("B1", "Q", Direction.POSITIVE, Optional.empty(), 1, 0, 50)));
    private final List<Country> countries = List.of(new Country("XX", "X", "X"), new Country("YY", "Y", "Y"),
            new Country("ZZ", "Z", "Z"));
    private final ReferenceData population = new ReferenceData(List.of(
            pop("XX", 2026, 2e6), pop("YY", 2026, 1e6), pop("ZZ", 2026, 4e6),
            pop("XX", 2025, 2e6), pop("YY", 2025, 2e6), pop("ZZ", 2025, 4e6)));

    @Test
    void scoresPillarsIndexRanksAndFlagsAsWorkedOutByHand() {
        EditionDataSet edition2026 = dataSet(2026, Map.of(
                // A1 = 100/2e6*1e6 = 50 -> 50; A2 = 2 -> 80; P = 65; B1 = 25 -> 50; IDX = (65 + 3*50)/4 = 53.75
                "XX", values(100, 2, 25),
                // A1 = 300 -> capped at 100; A2 = 5 -> 50; P = 75; B1 missing, from 2025: 40 -> 80; IDX = 78.75
                "YY", values(300, 5, NA),
                // A1 = 10 -> 10; A2 = 10 -> 0; P = 5; B1 = 50 -> 100; IDX = (5 + 300)/4 = 76.25
                "ZZ", values(40, 10, 50)));
        // 2025: YY's A1 = 100 / 2e6 * 1e6 = 50 -> 50, A2 = 5 -> 50, B1 = 40 -> 80: P = 50, IDX = (50 + 240)/4 = 72.5
        EditionDataSet edition2025 = dataSet(2025, Map.of("YY", values(100, 5, 40)));
        EditionDataSet edition2024 = dataSet(2024, Map.of());

        List<ScoreRow> rows = new EditionScoring(codebook, countries, population,
                MethodFile.read(Path.of("input/method.yml"))).score(edition2026, edition2025, edition2024).scores();

        Map<String, ScoreRow> current = byKey(rows, Basis.CURRENT);
        assertThat(current.get("XX|A1").value()).isEqualTo(50.0);
        assertThat(current.get("YY|A1").score()).isEqualTo(100.0);
        assertThat(current.get("XX|A2").score()).isCloseTo(80.0, within(1e-12));
        assertThat(current.get("YY|B1").value()).isEqualTo(40.0);
        assertThat(current.get("YY|B1").origin()).isEqualTo(ValueOrigin.CARRIED_FORWARD);
        assertThat(current.get("YY|B1").dataYear()).isEqualTo(2025);
        assertThat(current.get("XX|B1").origin()).isEqualTo(ValueOrigin.REPORTED);
        assertThat(current.get("XX|P").score()).isCloseTo(65.0, within(1e-12));
        assertThat(current.get("ZZ|P").score()).isCloseTo(5.0, within(1e-12));
        assertThat(current.get("XX|IDX").score()).isCloseTo(53.75, within(1e-12));
        assertThat(current.get("YY|IDX").score()).isCloseTo(78.75, within(1e-12));
        assertThat(current.get("ZZ|IDX").score()).isCloseTo(76.25, within(1e-12));
        assertThat(current.get("YY|IDX").rank()).isEqualTo(1);
        assertThat(current.get("ZZ|IDX").rank()).isEqualTo(2);
        assertThat(current.get("XX|IDX").rank()).isEqualTo(3);

        Map<String, ScoreRow> previous = byKey(rows, Basis.PREVIOUS);
        assertThat(previous.get("YY|IDX").score()).isCloseTo(72.5, within(1e-12));
        assertThat(previous.get("YY|IDX").rank()).isEqualTo(1);
        assertThat(previous.get("XX|IDX").score()).isNaN();        // nothing submitted in 2025 or 2024
        assertThat(previous.get("XX|IDX").rank()).isZero();
        assertThat(previous.get("XX|A1").origin()).isEqualTo(ValueOrigin.MISSING);
    }

    private static Map<String, ScoreRow> byKey(List<ScoreRow> rows, Basis basis) {
        Map<String, ScoreRow> byKey = new HashMap<>();
        rows.stream().filter(r -> r.basis() == basis).forEach(r -> byKey.put(r.country() + '|' + r.code(), r));
        return byKey;
    }

    private static Map<String, SubmittedValue> values(double a1, double a2, double b1) {
        Map<String, SubmittedValue> values = new HashMap<>();
        values.put("A1", value(a1));
        values.put("A2", value(a2));
        values.put("B1", value(b1));
        return values;
    }

    private static SubmittedValue value(double x) {
        return new SubmittedValue(x, Double.isNaN(x) ? ObsStatus.M : ObsStatus.A, "test", 2);
    }

    private static EditionDataSet dataSet(int edition, Map<String, Map<String, SubmittedValue>> byCountry) {
        Map<String, CountrySubmission> accepted = new HashMap<>();
        byCountry.forEach((country, values) -> accepted.put(country,
                new CountrySubmission(country, 1, country + ".csv", "0".repeat(64), 1, values)));
        return new EditionDataSet(edition, accepted, Map.of());
    }

    private static ReferenceValue pop(String country, int year, double people) {
        return new ReferenceValue(country, year, "POP", people, "NR", "test");
    }

    private static Indicator indicator(String code, String pillar, Direction direction, Optional<String> denominator,
                                       double scale, double floor, double target) {
        return new Indicator(code, code, pillar, direction, 1, "NR", denominator, scale, "unit",
                new Range(-1e9, 1e9), new Range(floor, target), OptionalDouble.empty(), Optional.empty(), "");
    }
}
