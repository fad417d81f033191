package eu.aireadiness.sample;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import eu.aireadiness.submission.ObsStatus;

/**
 * One row of an officer's submission, as it will be written: the value is already rounded to the digits an officer
 * would type for its unit.
 */
record SubmissionRow(String country, int edition, String indicator, Optional<BigDecimal> value, String unit,
                     ObsStatus status, String source, String note) {

    SubmissionRow {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        if ((status == ObsStatus.M) != value.isEmpty()) {
            throw new IllegalArgumentException(indicator + " of " + country + " in " + edition
                    + ": a missing value (status M) and an empty OBS_VALUE go together; found status " + status);
        }
    }

    /** The same row with another status and note; status M empties the value. */
    SubmissionRow annotated(ObsStatus newStatus, String newNote) {
        Optional<BigDecimal> newValue = newStatus == ObsStatus.M ? Optional.empty() : value;
        return new SubmissionRow(country, edition, indicator, newValue, unit, newStatus, source, newNote);
    }
}
