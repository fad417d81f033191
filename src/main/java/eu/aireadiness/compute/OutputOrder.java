package eu.aireadiness.compute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import eu.aireadiness.methodology.engine.CodeMeta;
import eu.aireadiness.methodology.engine.IndexStructure;

/**
 * The orders of COINr's outputs (METHOD.md section 6): units by code; in the aggregated table, indicators grouped
 * by parent in alphabetical order of the parent (structure order within a parent), then the aggregates in
 * structure order. Lists of cells follow that indicator order, then the unit code.
 */
final class OutputOrder {

    private final List<String> scoreCodes;
    private final Map<String, Integer> codeRank = new HashMap<>();

    OutputOrder(IndexStructure structure) {
        List<CodeMeta> indicators = new ArrayList<>(structure.indicators());
        indicators.sort(Comparator.comparing(CodeMeta::parent)); // stable: structure order within a parent
        List<String> codes = new ArrayList<>(indicators.stream().map(CodeMeta::code).toList());
        structure.aggregates().forEach(a -> codes.add(a.code()));
        this.scoreCodes = List.copyOf(codes);
        for (int i = 0; i < codes.size(); i++) {
            codeRank.put(codes.get(i), i);
        }
    }

    /** The given codes in the order of the aggregated table. */
    List<String> scoreOrder(List<String> codes) {
        return scoreCodes.stream().filter(codes::contains).toList();
    }

    /** Compares (code, unit) pairs: code in the aggregated table's order, then unit code. */
    int compareCells(String codeA, String unitA, String codeB, String unitB) {
        int byCode = Integer.compare(codeRank.get(codeA), codeRank.get(codeB));
        return byCode != 0 ? byCode : unitA.compareTo(unitB);
    }

    /** Positions of the units sorted by unit code. */
    static int[] byUnitCode(List<String> units) {
        return IntStream.range(0, units.size()).boxed().sorted(Comparator.comparing(units::get))
                .mapToInt(Integer::intValue).toArray();
    }
}
