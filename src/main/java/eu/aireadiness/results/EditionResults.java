package eu.aireadiness.results;

import java.util.List;

/** What the computation of an edition stores: every score, and the rank intervals when the method asks for them. */
public record EditionResults(List<ScoreRow> scores, List<RankIntervalRow> rankIntervals) {

    public EditionResults {
        scores = List.copyOf(scores);
        rankIntervals = List.copyOf(rankIntervals);
    }
}
