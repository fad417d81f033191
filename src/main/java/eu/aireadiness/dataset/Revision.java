package eu.aireadiness.dataset;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * An accepted file that revised a published edition: what the next publication's notes say of it.
 *
 * @param version    the version of the country's data for that edition it became
 * @param receivedAt when the file was received (its time of last change when taken in)
 * @param changes    the indicators whose value differs from the version before, in codebook order of the file
 * @param notes      the distinct NOTE texts of the file, the officer's reasons, in the order of the file
 */
public record Revision(String country, int edition, int version, Instant receivedAt, List<Change> changes,
                       List<String> notes) {

    public Revision {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /**
     * A value that changed: empty before for an indicator the version before lacked, empty after for one now missing.
     */
    public record Change(String indicator, OptionalDouble before, OptionalDouble after) {
    }
}
