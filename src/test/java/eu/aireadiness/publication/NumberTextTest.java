package eu.aireadiness.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;


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

}
