package eu.aireadiness.dataset;

import java.util.Map;

/** The accepted submission of a country used for an edition: its latest accepted version. */
public record CountrySubmission(String country, long submissionId, String fileName, String sha256, int version,
                                Map<String, SubmittedValue> values) {

    public CountrySubmission {
        values = Map.copyOf(values);
    }
}
