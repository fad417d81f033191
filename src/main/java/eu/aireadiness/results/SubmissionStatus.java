package eu.aireadiness.results;

import java.util.Optional;

/**
 * How a country's data for the edition came in, stated in every publication: whether its figures are current (an
 * accepted submission for this edition) or the previous edition's values carried forward, and why.
 *
 * @param fileName the accepted file used (its latest version); empty when none was accepted, as the name of a
 *                 rejected file is the officer's business, not the public's
 * @param version  the version number of the accepted submission used, 0 when none was accepted
 * @param reason   why the country has no current data; empty exactly when a submission was accepted
 */
public record SubmissionStatus(String country, State state, Optional<String> fileName, int version,
                               Optional<NoCurrentData> reason) {

    public enum State {
        /** An accepted submission for this edition is used. */
        ACCEPTED,
        /** The edition's submission was rejected; the previous edition's values are carried forward. */
        REJECTED_CARRIED_FORWARD,
        /** Nothing was submitted for this edition; the previous edition's values are carried forward. */
        NOT_SUBMITTED_CARRIED_FORWARD
    }

    public SubmissionStatus {
        boolean consistent = switch (state) {
            case ACCEPTED -> reason.isEmpty();
            case NOT_SUBMITTED_CARRIED_FORWARD -> reason.equals(Optional.of(NoCurrentData.NO_SUBMISSION));
            case REJECTED_CARRIED_FORWARD -> reason.isPresent() && reason.get() != NoCurrentData.NO_SUBMISSION;
        };
        if (!consistent || (state != State.ACCEPTED && (fileName.isPresent() || version != 0))) {
            throw new IllegalArgumentException(country + ": state " + state + " does not go with reason " + reason
                    + ", file " + fileName + " and version " + version);
        }
    }

    /** An accepted submission of this edition. */
    public static SubmissionStatus accepted(String country, String fileName, int version) {
        return new SubmissionStatus(country, State.ACCEPTED, Optional.of(fileName), version, Optional.empty());
    }

    /** A rejected submission, for the given reason; the previous edition's values are used. */
    public static SubmissionStatus rejected(String country, NoCurrentData reason) {
        return new SubmissionStatus(country, State.REJECTED_CARRIED_FORWARD, Optional.empty(), 0,
                Optional.of(reason));
    }

    /** No submission; the previous edition's values are used. */
    public static SubmissionStatus notSubmitted(String country) {
        return new SubmissionStatus(country, State.NOT_SUBMITTED_CARRIED_FORWARD, Optional.empty(), 0,
                Optional.of(NoCurrentData.NO_SUBMISSION));
    }

    /** Whether the country's figures rest on an accepted submission for this edition. */
    public boolean current() {
        return state == State.ACCEPTED;
    }
}
