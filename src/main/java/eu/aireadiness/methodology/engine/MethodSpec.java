package eu.aireadiness.methodology.engine;

import java.util.Map;

/**
 * The whole method, one specification per step, in the order the steps run: denominate, impute, screen, treat,
 * normalise, aggregate (ranking needs no settings). Together with the data and the structure it rebuilds the index
 * exactly, as COINr's log of a coin does.
 *
 * @param rank    how ties are decided when ranking
 * @param weights by code, weights replacing those of the meta
 */
public record MethodSpec(DenominateSpec denominate, ImputeSpec impute, ScreenSpec screen, TreatSpec treat,
                         NormaliseSpec normalise, AggregateSpec aggregate, RankSpec rank,
                         Map<String, Double> weights) {

    public MethodSpec {
        weights = Map.copyOf(weights);
        weights.forEach((code, w) -> {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new InvalidMethodException("weights." + code, "expected a weight of 0 or more, found " + w);
            }
        });
    }

    /**
     * Refuses a specification that does not fit the structure and the data: codes it names that the structure
     * lacks, a group column the units lack, carrying forward without a previous edition, goalposts missing.
     */
    public void checkAgainst(IndexStructure structure, IndexData data) {
        for (String code : weights.keySet()) {
            if (structure.meta(code).isEmpty()) {
                throw new InvalidMethodException("weights." + code, "no code '" + code + "' in the index structure");
            }
        }
        for (String code : denominate.scale().keySet()) {
            if (!isIndicator(structure, code)) {
                throw new InvalidMethodException("denominate.scale." + code, "no indicator '" + code + "'");
            }
        }
        if (impute.method().byGroup() && !data.groups().containsKey(impute.group())) {
            throw new InvalidMethodException("impute.group", "no group column '" + impute.group()
                    + "' in the units; allowed: " + String.join(", ", data.groups().keySet().stream().sorted()
                    .toList()));
        }
        if (impute.method() == ImputeSpec.Method.CARRY_FORWARD && data.previous().isEmpty()) {
            throw new InvalidMethodException("impute.method", "carry_forward needs the previous edition's values");
        }
        if (!data.indicators().codes().equals(structure.indicatorCodes())) {
            throw new IllegalArgumentException("the data's indicator columns " + data.indicators().codes()
                    + " are not the indicators of the structure " + structure.indicatorCodes());
        }
        checkDenominators(structure, data);
        checkGoalposts(structure);
        for (Integer level : aggregate.methodByLevel().keySet()) {
            if (level > structure.topLevel()) {
                throw new InvalidMethodException("aggregate.method." + level, "the index has levels 2 to "
                        + structure.topLevel());
            }
        }
    }

    private void checkDenominators(IndexStructure structure, IndexData data) {
        if (denominate.method() == DenominateSpec.Method.NONE) {
            return;
        }
        for (CodeMeta m : structure.indicators()) {
            if (m.isDenominated() && !data.denominators().has(m.denominator())) {
                throw new InvalidMethodException("denominate.method", "indicator " + m.code() + " is divided by '"
                        + m.denominator() + "', which is not a denominator column of the units");
            }
        }
    }

    private static boolean isIndicator(IndexStructure structure, String code) {
        return structure.meta(code).map(m -> m.level() == 1).orElse(false);
    }

    private void checkGoalposts(IndexStructure structure) {
        if (normalise.method() != NormaliseSpec.Method.GOALPOSTS) {
            return;
        }
        for (String code : normalise.goalposts().keySet()) {
            if (!isIndicator(structure, code)) {
                throw new InvalidMethodException("normalise.goalposts." + code, "no indicator '" + code + "'");
            }
        }
        for (CodeMeta m : structure.indicators()) {
            boolean inMeta = Double.isFinite(m.goalpostLower()) && Double.isFinite(m.goalpostUpper());
            if (!inMeta && !normalise.goalposts().containsKey(m.code())) {
                throw new InvalidMethodException("normalise.goalposts", "indicator " + m.code() + " has no goalposts"
                        + " in the meta (goalpost_lower, goalpost_upper); give them as " + m.code() + ": [low, high]");
            }
        }
    }
}
