package eu.aireadiness.methodology.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.CompetitionRanking;
import eu.aireadiness.methodology.IndicatorTable;

/** Competition ranking of every column: highest first, ties share the smallest rank, missing gets none. */
class RanksTest {

    private static final double NA = Double.NaN;

    @Test
    void tiesShareTheSmallestRankAndTheNextRankIsSkipped() {
        assertThat(CompetitionRanking.rank(new double[] {50, 70, 50, NA, 90, 10})).containsExactly(3, 2, 3,
                CompetitionRanking.NO_RANK, 1, 5);
        assertThat(CompetitionRanking.rank(new double[] {7, 7, 7})).containsExactly(1, 1, 1);
        assertThat(CompetitionRanking.rank(new double[] {0.0, -0.0, -1})).containsExactly(1, 1, 3);
        assertThat(CompetitionRanking.rank(new double[] {NA, NA})).containsExactly(0, 0);
    }

    @Test
    void ranksAManyValuedColumnAsCountingTheScoresAbove() {
        double[] scores = new double[200];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (i * 37) % 50;           // 50 distinct values, each 4 times
        }
        int[] ranks = CompetitionRanking.rank(scores);
        for (int i = 0; i < scores.length; i++) {
            assertThat(ranks[i]).isEqualTo(4 * (49 - (int) scores[i]) + 1);
        }
    }

    @Test
    void everyColumnOfATableIsRanked() {
        Ranks ranks = Ranks.of(new IndicatorTable(List.of("A", "B", "C"), List.of("X", "Y"),
                new double[][] {{1, 5}, {2, NA}, {2, 6}}));
        assertThat(ranks.rank("A", "X")).isEqualTo(3);
        assertThat(ranks.rank("B", "X")).isEqualTo(1);
        assertThat(ranks.rank("C", "X")).isEqualTo(1);
        assertThat(ranks.rank("B", "Y")).isEqualTo(CompetitionRanking.NO_RANK);
        assertThat(ranks.rank("C", "Y")).isEqualTo(1);
    }
}
