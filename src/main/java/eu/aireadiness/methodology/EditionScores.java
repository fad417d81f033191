package eu.aireadiness.methodology;

import java.util.Map;

/**
 * Every number the method computes for an edition.
 *
 * @param values     published indicator values (denominated, gaps filled from the previous edition)
 * @param carried    {@code carried[u][c]} is true where {@code values} holds the previous edition's value
 * @param scores     indicator scores, 0 to 100
 * @param aggregates pillar scores then the index score, by code
 * @param ranks      by code (indicators, pillars and index): the rank of each unit, {@link CompetitionRanking#NO_RANK}
 *                   where its score is missing
 */
public record EditionScores(int edition, IndicatorTable values, boolean[][] carried, IndicatorTable scores,
                            IndicatorTable aggregates, Map<String, int[]> ranks) {

    public EditionScores {
        ranks = Map.copyOf(ranks);
    }

    public int rank(String unit, String code) {
        return ranks.get(code)[values.unitPosition(unit)];
    }

    public boolean isCarried(String unit, String code) {
        return carried[values.unitPosition(unit)][values.codePosition(code)];
    }
}
