package eu.aireadiness.validation;

import java.util.OptionalDouble;

/** The value a country's latest accepted submission gave an indicator for an edition, in the submission unit. */
@FunctionalInterface
public interface PreviousValues {

    OptionalDouble of(String country, int edition, String indicator);

    /** For checks that have no history to compare with. */
    static PreviousValues none() {
        return (country, edition, indicator) -> OptionalDouble.empty();
    }
}
