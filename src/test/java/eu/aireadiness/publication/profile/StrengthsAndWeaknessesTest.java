package eu.aireadiness.publication.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class StrengthsAndWeaknessesTest {

    /**
     * Eight indicators, one missing. The mean of the seven scores is (90 + 20 + 70 + 50 + 90 + 10 + 20) / 7 = 350 / 7
     * = 50. Above it: 90 (A1), 90 (A5), 70 (A3); below it: 10 (A6), 20 (A2), 20 (A7); A4 sits on it.
     */
    @Test
    void theThreeFurthestAboveAndBelowTheOwnMeanInCodebookOrderOnTies() {
        Map<String, OptionalDouble> scores = new LinkedHashMap<>();
        scores.put("A1", OptionalDouble.of(90));
        scores.put("A2", OptionalDouble.of(20));
        scores.put("A3", OptionalDouble.of(70));
        scores.put("A4", OptionalDouble.of(50));
        scores.put("A5", OptionalDouble.of(90));
        scores.put("A6", OptionalDouble.of(10));
        scores.put("A7", OptionalDouble.of(20));
        scores.put("A8", OptionalDouble.empty());

        StrengthsAndWeaknesses result = StrengthsAndWeaknesses.of(scores, 3);

        assertThat(result.mean()).hasValue(50.0);
        assertThat(result.scored()).isEqualTo(7);
        assertThat(result.strengths()).extracting(StrengthsAndWeaknesses.Highlight::code)
                .containsExactly("A1", "A5", "A3");
        assertThat(result.strengths()).extracting(StrengthsAndWeaknesses.Highlight::difference)
                .containsExactly(40.0, 40.0, 20.0);
        assertThat(result.weaknesses()).extracting(StrengthsAndWeaknesses.Highlight::code)
                .containsExactly("A6", "A2", "A7");
        assertThat(result.weaknesses()).extracting(StrengthsAndWeaknesses.Highlight::difference)
                .containsExactly(-40.0, -30.0, -30.0);
    }

    /** Scores 10, 20, 60: mean 30. Only one indicator lies above it, so there is one strength and two weaknesses. */
    @Test
    void fewIndicatorsGiveShorterListsThatNeverShareAnIndicator() {
        Map<String, OptionalDouble> scores = new LinkedHashMap<>();
        scores.put("X", OptionalDouble.of(10));
        scores.put("Y", OptionalDouble.of(20));
        scores.put("Z", OptionalDouble.of(60));

        StrengthsAndWeaknesses result = StrengthsAndWeaknesses.of(scores, 3);

        assertThat(result.mean().getAsDouble()).isCloseTo(30.0, within(1e-12));
        assertThat(result.strengths()).extracting(StrengthsAndWeaknesses.Highlight::code).containsExactly("Z");
        assertThat(result.weaknesses()).extracting(StrengthsAndWeaknesses.Highlight::code).containsExactly("X", "Y");
    }

    @Test
    void equalScoresHaveNeitherStrengthsNorWeaknesses() {
        Map<String, OptionalDouble> scores = new LinkedHashMap<>();
        scores.put("X", OptionalDouble.of(42));
        scores.put("Y", OptionalDouble.of(42));

        StrengthsAndWeaknesses result = StrengthsAndWeaknesses.of(scores, 3);

        assertThat(result.strengths()).isEmpty();
        assertThat(result.weaknesses()).isEmpty();
    }

    @Test
    void aCountryWithoutScoresHasNoMean() {
        Map<String, OptionalDouble> scores = new LinkedHashMap<>();
        scores.put("X", OptionalDouble.empty());

        StrengthsAndWeaknesses result = StrengthsAndWeaknesses.of(scores, 3);

        assertThat(result.mean()).isEmpty();
        assertThat(result.scored()).isZero();
        assertThat(result.strengths()).isEmpty();
        assertThat(result.weaknesses()).isEmpty();
    }
}
