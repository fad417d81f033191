package eu.aireadiness.publication;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One indicator of one country in the published edition.
 *
 * @param submitted the value as submitted, in the codebook's submission unit
 * @param value     the published value, in the codebook's unit (after division by the denominator, if any)
 * @param score     the normalised score, 0 to 100
 * @param rank      the rank of the score among the countries (1 is best)
 * @param origin    where the value comes from
 * @param dataYear  the edition whose submission supplied the value (earlier than the edition when carried forward)
 */
public record IndicatorResult(String code, OptionalDouble submitted, OptionalDouble value, OptionalDouble score,
                              OptionalInt rank, ValueOrigin origin, OptionalInt dataYear) {
}
