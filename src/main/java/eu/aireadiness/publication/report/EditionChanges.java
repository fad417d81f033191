package eu.aireadiness.publication.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.results.CountryResult;
import eu.aireadiness.results.PublishedEdition;
import eu.aireadiness.results.RankInterval;

/**
 * What changed since the previous edition, computed from the published edition alone: the countries whose rank moved
 * beyond their rank range, and the indicators added to and dropped from the framework. A rank counts as moved when
 * the previous edition's rank (recomputed with this edition's method) lies outside this edition's rank range, the
 * 5th to 95th percentile of the country's ranks under the uncertainty analysis, rounded outwards: a move inside the
 * range may come from the choices of method alone. A country without current data is never listed as moved: its
 * rank rests on the previous edition's values.
 *
 * @param moved              the countries that moved beyond their range, in this edition's rank order
 * @param assessed           how many countries were assessed (current data, a previous rank and a range)
 * @param withoutCurrentData the countries not assessed for want of current data, in rank order
 * @param withoutPreviousRank the countries with current data not assessed for want of a previous rank
 * @param added              the codebook's indicators no country reported for the previous edition, in codebook
 *                           order; empty when the previous edition's indicators are not on record
 * @param dropped            the codes reported for the previous edition that the codebook no longer has, in code
 *                           order; empty when not on record
 */
record EditionChanges(List<RankMove> moved, int assessed, List<CountryResult> withoutCurrentData,
                      List<CountryResult> withoutPreviousRank, Optional<List<Indicator>> added,
                      Optional<List<String>> dropped) {

    /** A country's move: its previous rank and this edition's rank range. */
    record RankMove(CountryResult result, int previousRank, int lowRank, int highRank) {

        /** Places gained (positive) or lost (negative) since the previous edition. */
        int placesUp() {
            return previousRank - result.rank();
        }
    }

    /** The changes of an edition; a country without a rank range is not assessed (there is no uncertainty run). */
    static EditionChanges of(PublishedEdition edition) {
        List<RankMove> moved = new ArrayList<>();
        List<CountryResult> withoutCurrentData = new ArrayList<>();
        List<CountryResult> withoutPreviousRank = new ArrayList<>();
        int assessed = 0;
        for (CountryResult result : edition.ranking()) {
            if (!edition.hasCurrentData(result.country().code())) {
                withoutCurrentData.add(result);
            } else if (result.previousRank().isEmpty()) {
                withoutPreviousRank.add(result);
            } else if (result.rankInterval().isPresent()) {
                assessed++;
                int previous = result.previousRank().getAsInt();
                RankInterval range = result.rankInterval().get();
                if (previous < range.lowRank() || previous > range.highRank()) {
                    moved.add(new RankMove(result, previous, range.lowRank(), range.highRank()));
                }
            }
        }
        Optional<List<Indicator>> added = edition.previousIndicators().map(previous -> edition.codebook()
                .indicators().stream().filter(i -> !previous.contains(i.code())).toList());
        Optional<List<String>> dropped = edition.previousIndicators().map(previous -> previous.stream()
                .filter(code -> edition.codebook().indicator(code).isEmpty()).sorted().toList());
        return new EditionChanges(moved, assessed, withoutCurrentData, withoutPreviousRank, added, dropped);
    }

    /** Whether any country has a rank range, that is, whether rank moves can be assessed at all. */
    static boolean hasRanges(PublishedEdition edition) {
        return edition.ranking().stream().anyMatch(r -> r.rankInterval().isPresent());
    }
}
