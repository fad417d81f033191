package eu.aireadiness.methodology;

/**
 * Ranks scores with the highest first; tied scores share the smallest rank of their block (1, 2, 2, 4), as
 * sports results do. Missing scores get no rank.
 */
public final class CompetitionRanking {

    /** Rank given to a missing score. */
    public static final int NO_RANK = 0;

    private CompetitionRanking() {
    }

    public static int[] rank(double[] scores) {
        int[] ranks = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                ranks[i] = NO_RANK;
                continue;
            }
            int better = 0;
            for (double other : scores) {
                if (other > scores[i]) {
                    better++;
                }
            }
            ranks[i] = better + 1;
        }
        return ranks;
    }
}
