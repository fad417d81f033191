package eu.aireadiness.sample;

import eu.aireadiness.submission.ObsStatus;

/** An officer's status and note on one value of the sample, such as an estimate or a value not available. */
record Annotation(String country, int edition, String indicator, ObsStatus status, String note) {
}
