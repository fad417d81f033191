package eu.aireadiness.methodology.coherence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.aireadiness.methodology.IndicatorTable;

/**
 * The index's tree (indicator, pillar, sub-index, index) rebuilt from a child-to-parent map and checked against the
 * table's columns. Codes keep the table's column order so that every output of the analysis is in a stable order.
 */
final class CoherenceTree {

    private final String indexCode;
    private final List<String> codes;
    private final Map<String, String> parentOf;
    private final Map<String, List<String>> childrenOf;
    private final Map<String, Integer> levelOf = new HashMap<>();

    private CoherenceTree(String indexCode, List<String> codes, Map<String, String> parentOf,
            Map<String, List<String>> childrenOf) {
        this.indexCode = indexCode;
        this.codes = codes;
        this.parentOf = parentOf;
        this.childrenOf = childrenOf;
        codes.forEach(this::level);
    }

    /**
     * A blank parent marks a root, as the empty {@code Parent} of the index in a COINr {@code iMeta} table does, so
     * callers can pass that column unchanged. Columns of the table outside the tree (denominators, groups) are ignored.
     */
    static CoherenceTree of(IndicatorTable scores, Map<String, String> parentOf, String indexCode) {
        if (!scores.has(indexCode)) {
            throw new IllegalArgumentException("index code " + indexCode + " is not a column of the scores; columns: "
                    + scores.codes());
        }
        String aboveIndex = parentOf.get(indexCode);
        if (aboveIndex != null && !aboveIndex.isBlank()) {
            throw new IllegalArgumentException("the index " + indexCode + " is given the parent " + aboveIndex
                    + "; the index is the root of the tree, leave its parent out or blank");
        }
        Map<String, String> parents = new HashMap<>();
        Set<String> inTree = new HashSet<>(List.of(indexCode));
        parentOf.forEach((code, parent) -> {
            if (parent != null && !parent.isBlank()) {
                parents.put(code, parent);
                inTree.add(code);
                inTree.add(parent);
            }
        });
        for (String code : inTree) {
            if (!scores.has(code)) {
                throw new IllegalArgumentException("code " + code + " of the tree is not a column of the scores;"
                        + " add its scores (indicators and aggregates) to the table");
            }
            requireReachesIndex(code, parents, indexCode);
        }
        List<String> ordered = scores.codes().stream().filter(inTree::contains).toList();
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (String code : ordered) {
            String parent = parents.get(code);
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            }
        }
        children.replaceAll((parent, list) -> List.copyOf(list));
        return new CoherenceTree(indexCode, ordered, Map.copyOf(parents), children);
    }

    private static void requireReachesIndex(String code, Map<String, String> parents, String indexCode) {
        List<String> path = new ArrayList<>(List.of(code));
        String current = code;
        while (!current.equals(indexCode)) {
            String parent = parents.get(current);
            if (parent == null) {
                throw new IllegalArgumentException("code " + code + " does not lead to the index " + indexCode
                        + "; its chain of parents " + path + " stops at " + current
                        + ". Check the parent of " + current);
            }
            if (path.contains(parent)) {
                throw new IllegalArgumentException("the parents of " + code + " go round in a circle: " + path
                        + " then " + parent + " again");
            }
            path.add(parent);
            current = parent;
        }
    }

    String indexCode() {
        return indexCode;
    }

    /** Every code of the tree, in the table's column order. */
    List<String> codes() {
        return codes;
    }

    Optional<String> parent(String code) {
        return Optional.ofNullable(parentOf.get(code));
    }

    /** The children of an aggregate in column order; empty for an indicator. */
    List<String> children(String code) {
        return childrenOf.getOrDefault(code, List.of());
    }

    /** The aggregates (codes with children), in column order. */
    List<String> aggregates() {
        return codes.stream().filter(childrenOf::containsKey).toList();
    }

    /** 1 for an indicator, one more than its highest child for an aggregate: COINr's Level for a balanced tree. */
    int level(String code) {
        Integer known = levelOf.get(code);
        if (known != null) {
            return known;
        }
        int level = 1 + children(code).stream().mapToInt(this::level).max().orElse(0);
        levelOf.put(code, level);
        return level;
    }
}
