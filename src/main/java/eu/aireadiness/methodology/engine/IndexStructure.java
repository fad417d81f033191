package eu.aireadiness.methodology.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tree of the index: indicators (level 1) feed aggregates, which feed higher aggregates up to the single code
 * of the top level. Checked on construction, so that every step can rely on it.
 *
 * @param indicators the level-1 codes, in the order of the data's columns
 * @param aggregates the codes of levels 2 and up, in the order they are listed (any order of levels)
 */
public record IndexStructure(List<CodeMeta> indicators, List<CodeMeta> aggregates) {

    public IndexStructure {
        indicators = List.copyOf(indicators);
        aggregates = List.copyOf(aggregates);
        Set<String> codes = new HashSet<>();
        for (CodeMeta m : indicators) {
            if (m.level() != 1) {
                throw new IllegalArgumentException(m.code() + " is listed as an indicator but has level " + m.level());
            }
            if (!codes.add(m.code())) {
                throw new IllegalArgumentException("code " + m.code() + " appears twice in the index structure");
            }
        }
        for (CodeMeta m : aggregates) {
            if (m.level() < 2) {
                throw new IllegalArgumentException(m.code() + " is listed as an aggregate but has level " + m.level());
            }
            if (!codes.add(m.code())) {
                throw new IllegalArgumentException("code " + m.code() + " appears twice in the index structure");
            }
        }
        checkParents(indicators, aggregates);
    }

    private static void checkParents(List<CodeMeta> indicators, List<CodeMeta> aggregates) {
        List<CodeMeta> all = new ArrayList<>(indicators);
        all.addAll(aggregates);
        for (CodeMeta child : all) {
            if (child.parent().isEmpty()) {
                continue;
            }
            CodeMeta parent = aggregates.stream().filter(a -> a.code().equals(child.parent())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(child.code() + " has parent " + child.parent()
                            + ", which is not an aggregate of the index structure"));
            if (parent.level() != child.level() + 1) {
                throw new IllegalArgumentException(child.code() + " (level " + child.level() + ") has parent "
                        + parent.code() + " of level " + parent.level() + "; expected level " + (child.level() + 1));
            }
        }
    }

    public List<String> indicatorCodes() {
        return indicators.stream().map(CodeMeta::code).toList();
    }

    /** The highest level of the index (1 when there are no aggregates). */
    public int topLevel() {
        return aggregates.stream().mapToInt(CodeMeta::level).max().orElse(1);
    }

    /** The aggregates of one level, in the order they are listed. */
    public List<CodeMeta> aggregatesOfLevel(int level) {
        return aggregates.stream().filter(a -> a.level() == level).toList();
    }

    /** The codes of the level below whose parent is {@code parent}, in the order they are listed. */
    public List<CodeMeta> childrenOf(String parent) {
        List<CodeMeta> children = new ArrayList<>();
        for (CodeMeta m : indicators) {
            if (m.parent().equals(parent)) {
                children.add(m);
            }
        }
        for (CodeMeta m : aggregates) {
            if (m.parent().equals(parent)) {
                children.add(m);
            }
        }
        return children;
    }
}
