package eu.aireadiness.publication.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import eu.aireadiness.framework.Country;
import eu.aireadiness.publication.SampleEdition;
import eu.aireadiness.results.CountryResult;

class ScoreClassesTest {

    @Test
    void theSampleEditionsTopCountryIsInTheDarkestClassAndItsBottomCountryInTheLightest() {
        List<CountryResult> ranking = SampleEdition.build().ranking();
        ScoreClasses classes = ScoreClasses.quantiles(ranking, 5);
        assertThat(classes.levelOf(ranking.get(0).country().code())).contains(4);
        assertThat(classes.levelOf(ranking.get(ranking.size() - 1).country().code())).contains(0);
        assertThat(classes.levelOf("UK")).isEmpty();
    }

    /** 27 countries in 5 classes: boundaries at 27 / 5 = 5.4, 10.8, 16.2 and 21.6, so 6, 5, 6, 5 and 5 countries. */
    @Test
    void twentySevenDistinctScoresFallInClassesOfSixFiveSixFiveAndFive() {
        List<CountryResult> ranking = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            ranking.add(result("" + (char) ('A' + i / 26) + (char) ('A' + i % 26), 27 - i, 10 + 2 * i));
        }
        ScoreClasses classes = ScoreClasses.quantiles(ranking, 5);
        assertThat(classes.classes()).extracting(c -> c.countries().size()).containsExactly(6, 5, 6, 5, 5);
        assertThat(classes.classes()).extracting(ScoreClasses.ScoreClass::level).containsExactly(0, 1, 2, 3, 4);
        assertThat(classes.classes().get(0).low()).isEqualTo(10);
        assertThat(classes.classes().get(0).high()).isEqualTo(20);
        assertThat(classes.classes().get(1).low()).isEqualTo(22);
        assertThat(classes.classes().get(4).high()).isEqualTo(62);
    }

    @Test
    void countriesWithEqualScoresShareAClass() {
        // ascending positions 0..5 with 5 classes over 6 countries: floor(i * 5 / 6) = 0, 0, 1, 2, 3, 4;
        // the tie at positions 1 and 2 keeps both in class 0
        List<CountryResult> ranking = List.of(result("AA", 6, 10), result("BB", 5, 20), result("CC", 4, 20),
                result("DD", 3, 30), result("EE", 2, 40), result("FF", 1, 50));
        ScoreClasses classes = ScoreClasses.quantiles(ranking, 5);
        assertThat(classes.levelOf("BB")).contains(0);
        assertThat(classes.levelOf("CC")).contains(0);
        assertThat(classes.levelOf("DD")).contains(2);
        assertThat(classes.classes()).extracting(ScoreClasses.ScoreClass::level).containsExactly(0, 2, 3, 4);
        assertThat(classes.classes().get(0).countries()).containsExactly("AA", "BB", "CC");
    }

    @Test
    void fewerCountriesThanClassesGiveOneClassEach() {
        List<CountryResult> ranking = List.of(result("AA", 2, 10), result("BB", 1, 20));
        ScoreClasses classes = ScoreClasses.quantiles(ranking, 5);
        assertThat(classes.classes()).extracting(ScoreClasses.ScoreClass::level).containsExactly(0, 2);
    }

    static CountryResult result(String code, int rank, double score) {
        return new CountryResult(new Country(code, code, code), rank, score, Optional.empty(), OptionalDouble.empty(),
                OptionalInt.empty(), Map.of(), Map.of());
    }
}
