package eu.aireadiness.dataset;

import eu.aireadiness.submission.ObsStatus;

/** A value of the edition's data set with its provenance; {@code value} is NaN when the officer marked it missing. */
public record SubmittedValue(double value, ObsStatus status, String source, long sourceRow) {
}
