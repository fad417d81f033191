package eu.aireadiness.methodology.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.aireadiness.methodology.engine.CodeMeta;
import eu.aireadiness.methodology.engine.IndexStructure;

/**
 * The aggregates a replication recomputes, those at the levels above the lowest varied weights, with everything
 * about them that does not change between replications: where their children's scores are (a slot: the fixed codes
 * of the scenario's table, those of the level whose weights vary lowest, first, then the recomputed aggregates), their nominal weights, and where a varied weight
 * is found in its level's noisy sets. Children are taken in the order {@code Aggregate} takes them, and screened-out
 * indicators are left out as it leaves them out, so that the weighted means are bit for bit the engine's.
 */
final class AggregationPlan {

    final List<String> fixedCodes;
    final int[] level;
    final int[][] childSlots;
    final double[][] nominalWeights;
    /** per parent, the position of its children's level among the varied levels; -1 when their weights are nominal */
    final int[] variedLevel;
    /** per parent and child, the child's position among the codes of its level (the columns of the noisy sets) */
    final int[][] childPositions;
    final int indexSlot;

    /**
     * @param keptIndicators the indicators the screening kept, in table order
     * @param weights        the nominal method's weight overrides
     * @param variedLevels   the levels whose weights vary; when empty, nothing is recomputed
     */
    AggregationPlan(IndexStructure structure, List<String> keptIndicators, Map<String, Double> weights,
            List<Integer> variedLevels, String indexCode) {
        int fixedTop = variedLevels.stream().mapToInt(Integer::intValue).min().orElse(structure.topLevel());
        // Only the highest fixed level is read by a replication (every parent's children are one level below it),
        // so the scenario tables hold that level alone: the levels beneath would take most of their memory.
        this.fixedCodes = fixedTop == 1 ? List.copyOf(keptIndicators)
                : structure.aggregatesOfLevel(fixedTop).stream().map(CodeMeta::code).toList();
        Map<String, Integer> slots = new HashMap<>();
        for (String code : fixedCodes) {
            slots.put(code, slots.size());
        }
        List<CodeMeta> recomputed = new ArrayList<>();
        for (int l = fixedTop + 1; l <= structure.topLevel(); l++) {
            recomputed.addAll(structure.aggregatesOfLevel(l));
        }
        recomputed.forEach(a -> slots.put(a.code(), slots.size()));
        int parents = recomputed.size();
        this.level = new int[parents];
        this.childSlots = new int[parents][];
        this.nominalWeights = new double[parents][];
        this.variedLevel = new int[parents];
        this.childPositions = new int[parents][];
        for (int p = 0; p < parents; p++) {
            CodeMeta parent = recomputed.get(p);
            List<CodeMeta> children = structure.childrenOf(parent.code()).stream()
                    .filter(c -> slots.containsKey(c.code())).toList();
            List<String> levelCodes = IndexAssumptions.codesOfLevel(structure, parent.level() - 1);
            level[p] = parent.level();
            variedLevel[p] = variedLevels.indexOf(parent.level() - 1);
            childSlots[p] = children.stream().mapToInt(c -> slots.get(c.code())).toArray();
            nominalWeights[p] = children.stream().mapToDouble(c -> weights.getOrDefault(c.code(), c.weight()))
                    .toArray();
            childPositions[p] = children.stream().mapToInt(c -> levelCodes.indexOf(c.code())).toArray();
        }
        this.indexSlot = slots.get(indexCode);
    }

    int parents() {
        return level.length;
    }
}
