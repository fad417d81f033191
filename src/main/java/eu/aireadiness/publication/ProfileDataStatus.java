package eu.aireadiness.publication;

import java.util.Optional;

/**
 * Whether a profile's country has current data: an accepted submission for the edition. A country without one is
 * ranked on the values of an earlier edition, and its profile says so at the top of the first page, with a short
 * reason that never quotes a validator, a file or a row.
 *
 * <p>{@link #of} is the one place the profiles read that fact from the result model.
 *
 * @param current whether an accepted submission for this edition is used
 * @param reason  the key of the translated reason when it is not (ends in the submission's state)
 */
record ProfileDataStatus(boolean current, Optional<String> reason) {

    static ProfileDataStatus of(PublishedEdition edition, CountryResult result) {
        Optional<SubmissionStatus> status = edition.submissions().stream()
                .filter(s -> s.country().equals(result.country().code())).findFirst();
        if (status.isEmpty()) {
            // A ranked country that the intake never heard of has no submission for this edition either.
            return new ProfileDataStatus(false,
                    Optional.of(KEY + SubmissionStatus.State.NOT_SUBMITTED_CARRIED_FORWARD.name()));
        }
        return switch (status.get().state()) {
            case ACCEPTED -> new ProfileDataStatus(true, Optional.empty());
            case REJECTED_CARRIED_FORWARD, NOT_SUBMITTED_CARRIED_FORWARD ->
                    new ProfileDataStatus(false, Optional.of(KEY + status.get().state().name()));
        };
    }

    private static final String KEY = "profiles.status.";
}
