package eu.aireadiness.methodology.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.aireadiness.methodology.CompetitionRanking;
import eu.aireadiness.methodology.IndicatorTable;

/**
 * Step 7: the competition rank of every unit in every column of a table (highest first, ties sharing the smallest
 * rank, {@link CompetitionRanking#NO_RANK} for a missing score).
 *
 * @param byCode {@code byCode[c][u]}: the rank of unit u in column c
 */
public record Ranks(List<String> units, List<String> codes, int[][] byCode) {

    public Ranks {
        units = List.copyOf(units);
        codes = List.copyOf(codes);
    }

    public static Ranks of(IndicatorTable scores) {
        return of(scores, RankSpec.exact());
    }

    public static Ranks of(IndicatorTable scores, RankSpec spec) {
        double[][] columns = scores.columns();
        int[][] ranks = new int[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            ranks[c] = CompetitionRanking.rank(columns[c], spec.tieTolerance());
        }
        return new Ranks(scores.units(), scores.codes(), ranks);
    }

    /** The rank of a unit in a column; {@link CompetitionRanking#NO_RANK} when its score is missing. */
    public int rank(String unit, String code) {
        return byCode[position(codes, code)][position(units, unit)];
    }

    private static int position(List<String> names, String name) {
        int at = names.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("no " + name + " among " + names);
        }
        return at;
    }

    /** The ranks as a map by code, for callers that look columns up by name. */
    public Map<String, int[]> asMap() {
        Map<String, int[]> map = new HashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            map.put(codes.get(c), byCode[c]);
        }
        return map;
    }
}
