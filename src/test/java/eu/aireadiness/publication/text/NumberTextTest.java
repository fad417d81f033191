package eu.aireadiness.publication.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Range;
import eu.aireadiness.framework.TranslatedText;


class NumberTextTest {

    private final NumberText english = new NumberText(Locale.ENGLISH);

    @ParameterizedTest
    @CsvSource({"52.749, 52.7", "52.75, 52.8", "100, 100.0", "0, 0.0", "7.04999, 7.0"})
    void scoresArePrintedWithOneDecimal(double score, String printed) {
        assertThat(english.score(score)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"1.25, +1.3", "-2.7, -2.7", "0.04, 0.0", "-0.04, 0.0", "12, +12.0"})
    void changesCarryTheirSign(double change, String printed) {
        assertThat(english.change(OptionalDouble.of(change))).isEqualTo(printed);
    }

    @Test
    void absentNumbersPrintAsADash() {
        assertThat(english.change(OptionalDouble.empty())).isEqualTo("–");
        assertThat(english.score(OptionalDouble.empty())).isEqualTo("–");
        assertThat(english.value(OptionalDouble.empty())).isEqualTo("–");
        assertThat(NumberText.rank(OptionalInt.empty())).isEqualTo("–");
    }

    @ParameterizedTest
    @CsvSource({"0.18, 0.18", "2, 2.0", "140.3724, 140.372", "0.0004, 0.0"})
    void valuesKeepUpToThreeDecimals(double value, String printed) {
        assertThat(english.value(OptionalDouble.of(value))).isEqualTo(printed);
    }

    private final NumberText german = new NumberText(Locale.GERMAN);
    private final NumberText french = new NumberText(Locale.FRENCH);

    /** The Interinstitutional Style Guide: decimal comma and a non-breaking space between thousands in de and fr. */
    @ParameterizedTest
    @CsvSource({"1000.5, 1, '1,000.5', '1\u00A0000,5', '1\u00A0000,5'",
            "1234567.891, 2, '1,234,567.89', '1\u00A0234\u00A0567,89', '1\u00A0234\u00A0567,89'",
            "999.95, 1, '1,000.0', '1\u00A0000,0', '1\u00A0000,0'",
            "0.125, 2, '0.13', '0,13', '0,13'",
            "-0.04, 1, '0.0', '0,0', '0,0'"})
    void separatorsFollowTheLanguage(double number, int decimals, String en, String de, String fr) {
        assertThat(english.number(number, decimals)).isEqualTo(en);
        assertThat(german.number(number, decimals)).isEqualTo(de);
        assertThat(french.number(number, decimals)).isEqualTo(fr);
    }

    @Test
    void scoresAndChangesTakeTheDecimalCommaInGermanAndFrench() {
        assertThat(german.score(52.75)).isEqualTo("52,8");
        assertThat(french.change(OptionalDouble.of(-2.7))).isEqualTo("-2,7");
        assertThat(german.change(OptionalDouble.of(1.25))).isEqualTo("+1,3");
    }

    @Test
    void anIndicatorsValuesTakeTheCodebooksDecimalsEverywhere() {
        assertThat(english.value(indicator("CODE", 0), OptionalDouble.of(2.0))).isEqualTo("2");
        assertThat(english.value(indicator("EUR_KWH", 3), OptionalDouble.of(0.12))).isEqualTo("0.120");
        assertThat(french.value(indicator("EUR_KWH", 3), OptionalDouble.of(0.1234))).isEqualTo("0,123");
        assertThat(english.value(indicator("MW", 1), OptionalDouble.of(23.796))).isEqualTo("23.8");
        assertThat(german.value(indicator("PC", 1), OptionalDouble.of(84))).isEqualTo("84,0");
        assertThat(english.value(indicator("PC", 1), OptionalDouble.empty())).isEqualTo("–");
    }

    @Test
    void countsAreGroupedAndTolerancesWrittenOut() {
        assertThat(english.count(1000)).isEqualTo("1,000");
        assertThat(french.count(1000)).isEqualTo("1\u00A0000");
        assertThat(english.count(999)).isEqualTo("999");
        assertThat(english.exact(1.0e-12)).isEqualTo("0.000000000001");
        assertThat(german.exact(2.5e-4)).isEqualTo("0,00025");
        assertThat(english.exact(1.0e-12)).doesNotContain("E");
    }

    @Test
    void percentagesFollowTheLanguage() {
        assertThat(english.percent(0.234)).isEqualTo("23.4%");
        assertThat(german.percent(0.234)).isEqualTo("23,4\u00A0%");
        assertThat(french.percent(1)).isEqualTo("100,0\u00A0%");
    }

    @Test
    void aRankRangeWithEqualEndsIsOneRank() {
        assertThat(NumberText.rankRange(1, 1)).isEqualTo("1");
        assertThat(NumberText.rankRange(3, 6)).isEqualTo("3\u20136");
    }

    private static Indicator indicator(String unit, int decimals) {
        return new Indicator("X1", "X", "P", Direction.POSITIVE, 1, unit, Optional.empty(), 1, unit,
                new Range(0, 100), new Range(0, 100), OptionalDouble.empty(), Optional.empty(), "", decimals,
                TranslatedText.english(""), TranslatedText.english(""));
    }
}
