package eu.aireadiness.publication.text;

import eu.aireadiness.framework.Indicator;
import eu.aireadiness.methodology.engine.DenominateSpec;

/**
 * What an indicator is divided by, as the framework table prints it: "per million inhabitants", "% of GDP". Each
 * pair of reference series and scale the codebook uses has its phrase in the language file
 * ({@code annex.denominator.<series>.<scale>}); any other pair is printed as the operation itself, so that a new
 * codebook never prints a wrong phrase.
 */
public final class DenominatorText {

    private final PublicationTexts texts;
    private final AnnexNumbers numbers;

    public DenominatorText(PublicationTexts texts, AnnexNumbers numbers) {
        this.texts = texts;
        this.numbers = numbers;
    }

    public String of(Indicator indicator, double scale, DenominateSpec.Method method) {
        if (method == DenominateSpec.Method.NONE || !indicator.isDenominated() && scale == 1) {
            return NumberText.ABSENT;
        }
        if (!indicator.isDenominated()) {
            return texts.format("annex.denominator.scaled", numbers.plain(scale));
        }
        String series = indicator.denominator().orElseThrow();
        return texts.optional("annex.denominator." + series + "." + wholeOrPlain(scale))
                .orElseGet(() -> texts.format("annex.denominator.other", series, numbers.plain(scale)));
    }

    /** Keys spell the scale as the codebook does: 1000000, 100, 0.5. */
    private static String wholeOrPlain(double scale) {
        return scale == Math.rint(scale) && Math.abs(scale) < 1e15 ? Long.toString((long) scale)
                : Double.toString(scale);
    }
}
