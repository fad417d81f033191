package eu.aireadiness.results;


/**
 * Looks up a country's pillar and indicator results by code. A published edition is complete: a missing value is an
 * {@link IndicatorResult} with origin {@link ValueOrigin#MISSING}, never an absent entry, so an absent entry is an
 * error of the step that built the edition, not something to print around.
 */
public final class Results {

    private Results() {
    }

    public static PillarScore pillar(CountryResult result, String code) {
        PillarScore score = result.pillars().get(code);
        if (score == null) {
            throw new IncompleteEdition("country " + result.country().code() + " has no score for pillar " + code
                    + "; the published edition must hold every pillar of the codebook for every country. "
                    + "Check the aggregation step that built the edition.");
        }
        return score;
    }

    public static IndicatorResult indicator(CountryResult result, String code) {
        IndicatorResult indicator = result.indicators().get(code);
        if (indicator == null) {
            throw new IncompleteEdition("country " + result.country().code() + " has no result for indicator "
                    + code + "; a value that is not available must be published as MISSING, not left out. "
                    + "Check the step that built the edition.");
        }
        return indicator;
    }
}
