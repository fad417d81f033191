package eu.aireadiness.publication.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.framework.Range;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.IndicatorResult;
import eu.aireadiness.results.PillarScore;
import eu.aireadiness.results.ValueOrigin;

/**
 * The key findings of a small hand-made edition: two pillars, four indicators (one without a target, one whose
 * target is no better than its floor, one where less is better) and five countries; every expected value is worked
 * out by hand in the comments.
 */
class KeyFindingsTest {

    /** P1: A1 (more is better, goalposts 0-100, target 80) and A2 (no target). */
    static final Indicator A1 = indicator("A1", "P1", Direction.POSITIVE, 0, 100, OptionalDouble.of(80));
    static final Indicator A2 = indicator("A2", "P1", Direction.POSITIVE, 0, 50, OptionalDouble.empty());
    /** P2: B1 (less is better, goalposts 2-10 so the floor is 10, target 4) and B2 (target at its floor: unusable). */
    static final Indicator B1 = indicator("B1", "P2", Direction.NEGATIVE, 2, 10, OptionalDouble.of(4));
    static final Indicator B2 = indicator("B2", "P2", Direction.POSITIVE, 0, 10, OptionalDouble.of(0));
    static final Codebook CODEBOOK = new Codebook("IDX", "Index",
            List.of(new Pillar("P1", "First", 1, ""), new Pillar("P2", "Second", 1, "")), List.of(A1, A2, B1, B2));

    @Test
    void countriesTiedForFirstAreAllLeaders() {
        List<CountryResult> ranking = List.of(
                country("BB", 1, 60.0, 55.0, 1, 40.0, 2, 60.0, 7.0),
                country("AA", 1, 60.0, 55.0, 1, 50.0, 1, 60.0, 7.0),
                country("CC", 3, 50.0, 40.0, 3, 50.0, 1, 60.0, 7.0),
                country("DD", 4, 30.0, 30.0, 4, 30.0, 4, 60.0, 7.0));

        KeyFindings findings = KeyFindings.of(CODEBOOK, ranking, 3, Set.of());

        assertThat(codes(findings.index().countries())).containsExactly("AA", "BB");
        assertThat(findings.index().score()).isEqualTo(60.0);
        assertThat(codes(findings.pillars().get(0).countries())).containsExactly("AA", "BB");
        assertThat(findings.pillars().get(0).score()).isEqualTo(55.0);
        assertThat(codes(findings.pillars().get(1).countries())).containsExactly("AA", "CC");
        assertThat(findings.pillars().get(1).code()).isEqualTo("P2");
        assertThat(codes(findings.spread().first())).containsExactly("AA", "BB");
        assertThat(codes(findings.spread().last())).containsExactly("DD");
        assertThat(findings.spread().points()).isEqualTo(30.0);
    }

    @Test
    void withoutAPreviousEditionThereAreNoMovers() {
        List<CountryResult> ranking = List.of(
                country("AA", 1, 60.0, 55.0, 1, 50.0, 1, 60.0, 7.0),
                country("BB", 2, 40.0, 45.0, 2, 40.0, 2, 60.0, 7.0));

        assertThat(KeyFindings.of(CODEBOOK, ranking, 3, Set.of()).movers()).isEmpty();
    }

    @Test
    void moversAreTheLargestChangesEachWayWithTiesAtTheLastPlaceKept() {
        // Changes: AA +5, BB +2, CC +2 (tied with BB for the last of two places), DD -1, EE no previous score.
        List<CountryResult> ranking = List.of(
                moved("AA", 1, 70, 65, 2),
                moved("BB", 2, 60, 58, 3),
                moved("CC", 3, 50, 48, 4),
                moved("DD", 4, 40, 41, 1),
                country("EE", 5, 30.0, 30.0, 5, 30.0, 5, 60.0, 7.0));

        KeyFindings.Movers movers = KeyFindings.of(CODEBOOK, ranking, 2, Set.of()).movers().orElseThrow();

        assertThat(movers.risers()).extracting(m -> m.result().country().code()).containsExactly("AA", "BB", "CC");
        assertThat(movers.risers()).extracting(KeyFindings.Mover::scoreChange).containsExactly(5.0, 2.0, 2.0);
        assertThat(movers.fallers()).extracting(m -> m.result().country().code()).containsExactly("DD");
        assertThat(movers.fallers().get(0).scoreChange()).isEqualTo(-1.0);
        assertThat(codes(movers.notCompared())).containsExactly("EE");
    }

    @Test
    void theDistanceToTheTargetsIsTheMeanRemainingShareOverTheTargetedIndicatorsWithAValue() {
        // Only A1 and B1 count: A2 has no target, B2's target is its floor.
        // AA: A1 60 -> (80 - 60) / (80 - 0) = 0.25; B1 7 -> (4 - 7) / (4 - 10) = 0.5; mean 0.375, none reached.
        // BB: A1 90 -> beyond the target, 0; B1 3 -> beyond, 0; mean 0, both reached.
        // CC: A1 missing; B1 12 -> behind the floor, 1; mean 1 over one indicator.
        // DD: A1 missing, B1 missing: no distance.
        List<CountryResult> ranking = List.of(
                country("AA", 1, 60.0, 55.0, 1, 50.0, 1, 60.0, 7.0),
                country("BB", 2, 50.0, 45.0, 2, 40.0, 2, 90.0, 3.0),
                country("CC", 3, 40.0, 40.0, 3, 30.0, 3, null, 12.0),
                country("DD", 4, 30.0, 30.0, 4, 20.0, 4, null, null));

        KeyFindings.TargetDistances targets = KeyFindings.of(CODEBOOK, ranking, 2, Set.of()).targets();

        assertThat(targets.targeted()).containsExactly(A1, B1);
        assertThat(targets.closest()).extracting(d -> d.result().country().code()).containsExactly("BB", "AA");
        assertThat(targets.furthest()).extracting(d -> d.result().country().code()).containsExactly("CC", "AA");
        KeyFindings.TargetDistance bb = targets.closest().get(0);
        assertThat(bb.meanGap()).isZero();
        assertThat(bb.reached()).isEqualTo(2);
        assertThat(bb.measured()).isEqualTo(2);
        KeyFindings.TargetDistance aa = targets.closest().get(1);
        assertThat(aa.meanGap()).isCloseTo(0.375, within(1e-12));
        assertThat(aa.reached()).isZero();
        KeyFindings.TargetDistance cc = targets.furthest().get(0);
        assertThat(cc.meanGap()).isEqualTo(1.0);
        assertThat(cc.measured()).isEqualTo(1);
    }

    @Test
    void withoutTargetsNoDistanceIsMeasured() {
        Codebook untargeted = new Codebook("IDX", "Index", List.of(new Pillar("P1", "First", 1, ""),
                new Pillar("P2", "Second", 1, "")), List.of(A2,
                indicator("A1", "P1", Direction.POSITIVE, 0, 100, OptionalDouble.empty()),
                indicator("B1", "P2", Direction.NEGATIVE, 2, 10, OptionalDouble.empty()), B2));
        List<CountryResult> ranking = List.of(country("AA", 1, 60.0, 55.0, 1, 50.0, 1, 60.0, 7.0));

        KeyFindings.TargetDistances targets = KeyFindings.of(untargeted, ranking, 3, Set.of()).targets();

        assertThat(targets.targeted()).isEmpty();
        assertThat(targets.closest()).isEmpty();
        assertThat(targets.furthest()).isEmpty();
    }

    private static List<String> codes(List<CountryResult> results) {
        return results.stream().map(r -> r.country().code()).toList();
    }

    /** A country whose index score moved from {@code previous} to {@code score}, from {@code previousRank}. */
    private static CountryResult moved(String code, int rank, double score, double previous, int previousRank) {
        CountryResult base = country(code, rank, score, score, rank, score, rank, 60.0, 7.0);
        return new CountryResult(base.country(), rank, score, Optional.empty(), OptionalDouble.of(previous),
                OptionalInt.of(previousRank), base.pillars(), base.indicators());
    }

    /** A country without a previous edition; {@code null} for a missing value of A1 or B1. */
    private static CountryResult country(String code, int rank, double index, double p1, int p1Rank, double p2,
                                         int p2Rank, Double a1, Double b1) {
        Map<String, PillarScore> pillars = new LinkedHashMap<>();
        pillars.put("P1", new PillarScore("P1", p1, p1Rank, OptionalDouble.empty()));
        pillars.put("P2", new PillarScore("P2", p2, p2Rank, OptionalDouble.empty()));
        Map<String, IndicatorResult> indicators = new LinkedHashMap<>();
        indicators.put("A1", value("A1", a1));
        indicators.put("A2", value("A2", 10.0));
        indicators.put("B1", value("B1", b1));
        indicators.put("B2", value("B2", 5.0));
        return new CountryResult(new Country(code, code + " land", code + " land"), rank, index, Optional.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), pillars, indicators);
    }

    private static IndicatorResult value(String code, Double value) {
        if (value == null) {
            return new IndicatorResult(code, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalInt.empty(), ValueOrigin.MISSING, OptionalInt.empty(),
                    Optional.empty());
        }
        return new IndicatorResult(code, OptionalDouble.of(value), OptionalDouble.of(value), OptionalDouble.of(value),
                OptionalDouble.of(50), OptionalInt.of(1), ValueOrigin.REPORTED, OptionalInt.of(2026),
                Optional.empty());
    }

    private static Indicator indicator(String code, String pillar, Direction direction, double low, double high,
                                       OptionalDouble target) {
        return new Indicator(code, code + " name", pillar, direction, 1, "NR", Optional.empty(), 1, "NR",
                new Range(low - 100, high + 100), new Range(low, high), target,
                target.isPresent() ? Optional.of("a plan") : Optional.empty(), "");
    }
}
