package eu.aireadiness.methodology.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tree of the index: indicators (level 1) feed aggregates, which feed higher aggregates up to the single code
 * of the top level. Checked on construction, so that every step can rely on it; the lookups the steps make on
 * every build (children of a parent, codes of a level) are prepared once here.
 */
public final class IndexStructure {

    private final List<CodeMeta> indicators;
    private final List<CodeMeta> aggregates;
    private final List<String> indicatorCodes;
    private final Map<String, CodeMeta> byCode = new HashMap<>();
    private final Map<String, List<CodeMeta>> children = new HashMap<>();
    private final int topLevel;

    /**
     * @param indicators the level-1 codes, in the order of the data's columns
     * @param aggregates the codes of levels 2 and up, in the order they are listed (any order of levels)
     */
    public IndexStructure(List<CodeMeta> indicators, List<CodeMeta> aggregates) {
        this.indicators = List.copyOf(indicators);
        this.aggregates = List.copyOf(aggregates);
        for (CodeMeta m : this.indicators) {
            if (m.level() != 1) {
                throw new IllegalArgumentException(m.code() + " is listed as an indicator but has level " + m.level());
            }
            add(m);
        }
        for (CodeMeta m : this.aggregates) {
            if (m.level() < 2) {
                throw new IllegalArgumentException(m.code() + " is listed as an aggregate but has level " + m.level());
            }
            add(m);
        }
        checkParents(this.indicators, this.aggregates);
        this.indicatorCodes = this.indicators.stream().map(CodeMeta::code).toList();
        this.topLevel = this.aggregates.stream().mapToInt(CodeMeta::level).max().orElse(1);
        for (CodeMeta m : byCode.values()) {
            children.put(m.code(), new ArrayList<>());
        }
        for (List<CodeMeta> level : List.of(this.indicators, this.aggregates)) {
            for (CodeMeta m : level) {
                if (!m.parent().isEmpty()) {
                    children.get(m.parent()).add(m);
                }
            }
        }
        children.replaceAll((code, list) -> List.copyOf(list));
    }

    private void add(CodeMeta m) {
        if (byCode.put(m.code(), m) != null) {
            throw new IllegalArgumentException("code " + m.code() + " appears twice in the index structure");
        }
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

    public List<CodeMeta> indicators() {
        return indicators;
    }

    /** The codes of levels 2 and up, in the order they are listed. */
    public List<CodeMeta> aggregates() {
        return aggregates;
    }

    public List<String> indicatorCodes() {
        return indicatorCodes;
    }

    /** The meta of a code of any level; empty for a code the index does not have. */
    public Optional<CodeMeta> meta(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The highest level of the index (1 when there are no aggregates). */
    public int topLevel() {
        return topLevel;
    }

    /** The aggregates of one level, in the order they are listed. */
    public List<CodeMeta> aggregatesOfLevel(int level) {
        return aggregates.stream().filter(a -> a.level() == level).toList();
    }

    /** The codes of the level below whose parent is {@code parent}, in the order they are listed. */
    public List<CodeMeta> childrenOf(String parent) {
        return children.getOrDefault(parent, List.of());
    }
}
