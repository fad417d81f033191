package eu.aireadiness.publication.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Range;
import eu.aireadiness.methodology.engine.DenominateSpec;

/** What the framework table says an indicator is divided by, and the numbers of the annexes. */
class DenominatorTextTest {

    private final PublicationTexts english = PublicationTexts.load(MethodDescriptionTest.TEMPLATES, "en");
    private final PublicationTexts german = PublicationTexts.load(MethodDescriptionTest.TEMPLATES, "de");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POP | 1000000 | BY_META | per million inhabitants | je Million Einwohner",
            "GDP | 100     | BY_META | % of GDP                | % des BIP",
            "POP | 1000    | BY_META | ÷ POP × 1,000           | ÷ POP × 1\u00A0000",
            "    | 1       | BY_META | –                       | –",
            "    | 100     | BY_META | × 100                   | × 100",
            "POP | 1000000 | NONE    | –                       | –"})
    void theCodebooksPairsHaveTheirPhraseAndOthersAreWrittenAsTheOperation(String series, double scale,
            DenominateSpec.Method method, String inEnglish, String inGerman) {
        Indicator indicator = indicator(series);
        assertThat(new DenominatorText(english, new AnnexNumbers(Locale.ENGLISH)).of(indicator, scale, method))
                .isEqualTo(inEnglish);
        assertThat(new DenominatorText(german, new AnnexNumbers(Locale.GERMAN)).of(indicator, scale, method))
                .isEqualTo(inGerman);
    }

    @Test
    void coefficientsHaveTwoDecimalsAndATrueMinusSign() {
        AnnexNumbers numbers = new AnnexNumbers(Locale.ENGLISH);
        assertThat(numbers.coefficient(0.625)).isEqualTo("0.63");
        assertThat(numbers.coefficient(-0.604)).isEqualTo("\u22120.60");
        assertThat(numbers.coefficient(-0.004)).isEqualTo("0.00");
        assertThat(numbers.coefficient(Double.NaN)).isEqualTo("–");
        assertThat(new AnnexNumbers(Locale.FRENCH).coefficient(-4.4251)).isEqualTo("\u22124,43");
    }

    @Test
    void sharesArePercentagesOfTheLanguage() {
        assertThat(new AnnexNumbers(Locale.ENGLISH).share(1 / 3.0)).isEqualTo("33.3%");
        assertThat(new AnnexNumbers(Locale.GERMAN).share(0.25)).isEqualTo("25\u00A0%");
        assertThat(new AnnexNumbers(Locale.ENGLISH).plain(0.03)).isEqualTo("0.03");
        assertThat(new AnnexNumbers(Locale.ENGLISH).plain(-10)).isEqualTo("\u221210");
    }

    private static Indicator indicator(String series) {
        return new Indicator("X1", "X", "P", Direction.POSITIVE, 1, "NR", Optional.ofNullable(series), 1, "u",
                new Range(0, 10), new Range(0, 10), OptionalDouble.empty(), Optional.empty(), "");
    }
}
