package eu.aireadiness.methodology;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;

/**
 * The index's method, as the codebook sets it: denominate, fill gaps with the previous edition's values,
 * normalise between goalposts, aggregate indicators into pillars and pillars into the index by weighted
 * arithmetic means, rank every score.
 */
public final class ReadinessMethod {

    private final Codebook codebook;

    public ReadinessMethod(Codebook codebook) {
        this.codebook = codebook;
    }

    /**
     * @param previous the previous edition's data, used to fill gaps; empty when there is none
     */
    public EditionScores compute(EditionInput current, Optional<EditionInput> previous) {
        IndicatorTable denominated = denominate(current);
        CarryForward.Result filled = previous
                .map(p -> CarryForward.apply(denominated, denominate(p)))
                .orElseGet(() -> new CarryForward.Result(denominated,
                        new boolean[denominated.units().size()][denominated.codes().size()]));
        IndicatorTable scores = GoalpostNormalisation.apply(filled.table(), goalposts());
        IndicatorTable pillars = WeightedAggregation.apply(scores, pillarChildren());
        IndicatorTable index = WeightedAggregation.apply(pillars, Map.of(codebook.indexCode(),
                codebook.pillars().stream().map(p -> new WeightedAggregation.Child(p.code(), p.weight())).toList()));
        IndicatorTable aggregates = Tables.joinColumns(pillars, index);
        Map<String, int[]> ranks = new HashMap<>();
        for (IndicatorTable table : List.of(scores, aggregates)) {
            for (String code : table.codes()) {
                ranks.put(code, CompetitionRanking.rank(table.column(code)));
            }
        }
        return new EditionScores(current.edition(), filled.table(), filled.filled(), scores, aggregates, ranks);
    }

    private IndicatorTable denominate(EditionInput input) {
        IndicatorTable submitted = Tables.selectColumns(input.submitted(), indicatorCodes());
        Map<String, Denomination.Spec> specs = new HashMap<>();
        for (Indicator i : codebook.indicators()) {
            specs.put(i.code(), new Denomination.Spec(i.denominator(), i.scale()));
        }
        return Denomination.apply(submitted, specs, input.denominators());
    }

    private List<String> indicatorCodes() {
        return codebook.indicators().stream().map(Indicator::code).toList();
    }

    private Map<String, GoalpostNormalisation.Goalposts> goalposts() {
        Map<String, GoalpostNormalisation.Goalposts> goalposts = new HashMap<>();
        for (Indicator i : codebook.indicators()) {
            goalposts.put(i.code(), new GoalpostNormalisation.Goalposts(i.goalposts().low(), i.goalposts().high(),
                    i.direction()));
        }
        return goalposts;
    }

    private Map<String, List<WeightedAggregation.Child>> pillarChildren() {
        Map<String, List<WeightedAggregation.Child>> children = new LinkedHashMap<>();
        for (Pillar p : codebook.pillars()) {
            children.put(p.code(), codebook.indicatorsOf(p.code()).stream()
                    .map(i -> new WeightedAggregation.Child(i.code(), i.weight())).toList());
        }
        return children;
    }
}
