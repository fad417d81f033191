package eu.aireadiness.dataset;

import java.util.Map;
import java.util.Optional;

/**
 * What an edition's computation uses: per country, the latest accepted submission; and for countries without one,
 * the latest rejected file if any, so that publications can say why their data are missing.
 */
public record EditionDataSet(int edition, Map<String, CountrySubmission> accepted, Map<String, Rejection> rejected) {

    public EditionDataSet {
        accepted = Map.copyOf(accepted);
        rejected = Map.copyOf(rejected);
    }

    public Optional<SubmittedValue> value(String country, String indicator) {
        CountrySubmission submission = accepted.get(country);
        return submission == null ? Optional.empty() : Optional.ofNullable(submission.values().get(indicator));
    }
}
