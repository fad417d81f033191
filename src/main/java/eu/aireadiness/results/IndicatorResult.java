package eu.aireadiness.results;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One indicator of one country in the published edition.
 *
 * @param submitted the value as submitted, in the codebook's submission unit
 * @param value     the published value, in the codebook's unit (after division by the denominator, if any)
 * @param treated   the published value after outlier treatment (the same as {@code value} when none was needed)
 * @param score     the normalised score, 0 to 100
 * @param rank      the rank of the score among the countries (1 is best)
 * @param origin    where the value comes from
 * @param dataYear  the edition whose submission supplied the value (earlier than the edition when carried forward)
 * @param source    the submission that supplied the value; empty when it is missing
 */
public record IndicatorResult(String code, OptionalDouble submitted, OptionalDouble value, OptionalDouble treated,
                              OptionalDouble score, OptionalInt rank, ValueOrigin origin, OptionalInt dataYear,
                              Optional<ValueSource> source) {

    /** Whether outlier treatment changed the value. */
    public boolean isTreated() {
        return value.isPresent() && treated.isPresent() && value.getAsDouble() != treated.getAsDouble();
    }
}
