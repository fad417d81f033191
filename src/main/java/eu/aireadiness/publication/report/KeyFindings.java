package eu.aireadiness.publication.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.publication.PublicationException;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.Results;

/**
 * The facts the key findings state, computed from the published scores alone: who leads the index and each pillar,
 * how far apart first and last are, who rose and fell most since the previous edition, and who is closest to and
 * furthest from the 2030 targets. Ties are kept: every country tied for a place is named.
 *
 * @param index   the countries ranked first in the index
 * @param pillars the countries ranked first in each pillar, in codebook order
 * @param spread  first and last in the index
 * @param movers  the largest changes since the previous edition; empty when no country has a previous score
 * @param targets the distance to the 2030 targets
 */
public record KeyFindings(Leaders index, List<Leaders> pillars, Spread spread, Optional<Movers> movers,
                   TargetDistances targets) {

    /** The countries holding the best rank on a code (the index or a pillar), with their score. */
    record Leaders(String code, List<CountryResult> countries, double score) {
    }

    /** The countries ranked first and last in the index and their scores. */
    record Spread(List<CountryResult> first, double firstScore, List<CountryResult> last, double lastScore) {

        double points() {
            return firstScore - lastScore;
        }
    }

    /**
     * The countries whose index score rose and fell most, largest change first, and those left out: for want of a
     * previous score, or for want of current data (their score is the previous edition's values carried forward, so
     * a change would compare those values with themselves), each in rank order.
     */
    record Movers(List<Mover> risers, List<Mover> fallers, List<CountryResult> notCompared,
                  List<CountryResult> noCurrentData) {

        /** How many countries were compared: neither without a previous score nor without current data. */
        int compared(int ranked) {
            return ranked - notCompared.size() - noCurrentData.size();
        }
    }

    /** A country's change of index score since the previous edition; its ranks are in {@code result}. */
    record Mover(CountryResult result, double scoreChange) {
    }

    /**
     * The distance to the 2030 targets (see {@link #gap}): the indicators that have a target, and the countries
     * closest to and furthest from them, closest and furthest first; empty lists when no indicator has a target.
     */
    record TargetDistances(List<Indicator> targeted, List<TargetDistance> closest, List<TargetDistance> furthest) {
    }

    /**
     * A country's mean remaining distance to the targets, as a share (0 reached, 1 at or behind the floor), over the
     * {@code measured} targeted indicators it has a value for; {@code reached} of them are at or beyond the target.
     */
    record TargetDistance(CountryResult result, double meanGap, int reached, int measured) {
    }

    /**
     * Computes the findings of an edition.
     *
     * @param ranking the countries in rank order
     * @param top     how many risers, fallers, closest and furthest countries to name (more when tied at the last
     *                place)
     * @param withoutCurrentData the codes of the countries without current data, which are not compared
     */
    static KeyFindings of(Codebook codebook, List<CountryResult> ranking, int top, Set<String> withoutCurrentData) {
        if (ranking.isEmpty()) {
            throw new PublicationException("the edition ranks no country, so there is nothing to report; check the"
                    + " step that built the published edition");
        }
        List<Leaders> pillars = codebook.pillars().stream()
                .map(pillar -> leaders(pillar.code(), ranking, r -> Results.pillar(r, pillar.code()).rank(),
                        r -> Results.pillar(r, pillar.code()).score()))
                .toList();
        Leaders index = leaders(codebook.indexCode(), ranking, CountryResult::rank, CountryResult::indexScore);
        int lastRank = ranking.stream().mapToInt(CountryResult::rank).max().orElseThrow();
        List<CountryResult> last = ranking.stream().filter(r -> r.rank() == lastRank).toList();
        Spread spread = new Spread(index.countries(), index.score(), last, last.get(0).indexScore());
        return new KeyFindings(index, pillars, spread, movers(ranking, top, withoutCurrentData), targets(codebook, ranking, top));
    }

    private static Leaders leaders(String code, List<CountryResult> ranking,
                                   ToIntFunction<CountryResult> rank,
                                   ToDoubleFunction<CountryResult> score) {
        int best = ranking.stream().mapToInt(rank).min().orElseThrow();
        List<CountryResult> first = ranking.stream().filter(r -> rank.applyAsInt(r) == best)
                .sorted(Comparator.comparing(r -> r.country().code())).toList();
        return new Leaders(code, first, score.applyAsDouble(first.get(0)));
    }

    private static Optional<Movers> movers(List<CountryResult> ranking, int top, Set<String> withoutCurrentData) {
        List<Mover> compared = new ArrayList<>();
        List<CountryResult> notCompared = new ArrayList<>();
        List<CountryResult> noCurrentData = new ArrayList<>();
        for (CountryResult result : ranking) {
            OptionalDouble change = result.indexChange();
            if (withoutCurrentData.contains(result.country().code())) {
                noCurrentData.add(result);
            } else if (change.isPresent()) {
                compared.add(new Mover(result, change.getAsDouble()));
            } else {
                notCompared.add(result);
            }
        }
        if (compared.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Mover> byCode = Comparator.comparing(m -> m.result().country().code());
        List<Mover> risers = firstWithTies(compared.stream().filter(m -> m.scoreChange() > 0)
                .sorted(Comparator.comparingDouble((Mover m) -> -m.scoreChange()).thenComparing(byCode)).toList(),
                top, Mover::scoreChange);
        List<Mover> fallers = firstWithTies(compared.stream().filter(m -> m.scoreChange() < 0)
                .sorted(Comparator.comparingDouble(Mover::scoreChange).thenComparing(byCode)).toList(),
                top, Mover::scoreChange);
        return Optional.of(new Movers(risers, fallers, notCompared, noCurrentData));
    }

    private static TargetDistances targets(Codebook codebook, List<CountryResult> ranking, int top) {
        List<Indicator> targeted = codebook.indicators().stream().filter(KeyFindings::hasUsableTarget).toList();
        List<TargetDistance> distances = new ArrayList<>();
        for (CountryResult result : ranking) {
            double sum = 0;
            int measured = 0;
            int reached = 0;
            for (Indicator indicator : targeted) {
                OptionalDouble value = Results.indicator(result, indicator.code()).value();
                if (value.isPresent()) {
                    double gap = gap(indicator, value.getAsDouble());
                    sum += gap;
                    measured++;
                    reached += gap == 0 ? 1 : 0;
                }
            }
            if (measured > 0) {
                distances.add(new TargetDistance(result, sum / measured, reached, measured));
            }
        }
        Comparator<TargetDistance> byCode = Comparator.comparing(d -> d.result().country().code());
        List<TargetDistance> closest = firstWithTies(distances.stream()
                .sorted(Comparator.comparingDouble(TargetDistance::meanGap).thenComparing(byCode)).toList(),
                top, TargetDistance::meanGap);
        List<TargetDistance> furthest = firstWithTies(distances.stream()
                .sorted(Comparator.comparingDouble((TargetDistance d) -> -d.meanGap()).thenComparing(byCode))
                .toList(), top, TargetDistance::meanGap);
        return new TargetDistances(targeted, closest, furthest);
    }

    /**
     * Whether an indicator's target can measure a distance: it has one, and it lies on the better side of the goal
     * floor (the value scored 0), so that the way from the floor to the target has a length.
     */
    public static boolean hasUsableTarget(Indicator indicator) {
        return indicator.target2030().isPresent()
                && (indicator.target2030().getAsDouble() - floor(indicator)) * indicator.direction().sign() > 0;
    }

    /**
     * The share of the way from the goal floor to the 2030 target that a value still has to cover, in the
     * indicator's direction: 0 at or beyond the target, 1 at or behind the floor.
     */
    public static double gap(Indicator indicator, double value) {
        double target = indicator.target2030().orElseThrow();
        double share = (target - value) / (target - floor(indicator));
        return Math.max(0, Math.min(1, share));
    }

    /** The goal floor: the low goalpost of an indicator where more is better, the high one where less is. */
    private static double floor(Indicator indicator) {
        return indicator.direction().sign() > 0 ? indicator.goalposts().low() : indicator.goalposts().high();
    }

    /** The first {@code top} items of a sorted list, and those after them tied with the last one taken. */
    private static <T> List<T> firstWithTies(List<T> sorted, int top, ToDoubleFunction<T> key) {
        int end = Math.min(top, sorted.size());
        while (end > 0 && end < sorted.size()
                && key.applyAsDouble(sorted.get(end)) == key.applyAsDouble(sorted.get(end - 1))) {
            end++;
        }
        return List.copyOf(sorted.subList(0, end));
    }
}
