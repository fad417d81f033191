package eu.aireadiness.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of the per-country status table of an edition's intake.
 *
 * @param lastFile    the file received last for the edition, empty when the country sent nothing
 * @param versionUsed the latest accepted version, the one the computation uses; empty when none was accepted
 */
public record CountryIntakeStatus(String country, String countryName, Optional<LastFile> lastFile,
                                  OptionalInt versionUsed) {

    /** The file received last, with what its check found. */
    public record LastFile(String fileName, Instant receivedAt, boolean accepted, int values, int warnings,
                           int errors) {
    }

    public CountryIntakeStatus {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(lastFile, "lastFile");
        Objects.requireNonNull(versionUsed, "versionUsed");
    }

    /** ACCEPTED, REJECTED, or "no submission". */
    public String result() {
        return lastFile.map(f -> f.accepted() ? "ACCEPTED" : "REJECTED").orElse("no submission");
    }
}
