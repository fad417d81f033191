package eu.aireadiness.publication;

import java.util.Optional;

/**
 * How a country's data for the edition came in, stated in every publication.
 *
 * @param fileName the file used (the latest accepted version) or, when rejected, the rejected file
 * @param version  the version number of the accepted submission used, 0 when none was accepted
 * @param detail   for a rejection, the reason; otherwise empty
 */
public record SubmissionStatus(String country, State state, Optional<String> fileName, int version, String detail) {

    public enum State {
        /** An accepted submission for this edition is used. */
        ACCEPTED,
        /** The edition's submission was rejected; the previous edition's values are carried forward. */
        REJECTED_CARRIED_FORWARD,
        /** Nothing was submitted for this edition; the previous edition's values are carried forward. */
        NOT_SUBMITTED_CARRIED_FORWARD
    }
}
