package eu.aireadiness.framework;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An indicator (level 1 of the framework).
 *
 * <p>Officers submit values in {@code submissionUnit}. Where a denominator is named, the published value is
 * {@code submitted / reference(denominator) * scale}, expressed in {@code unit}; otherwise it is the submitted value
 * times {@code scale}. {@code plausible} bounds the published value for validation, {@code goalposts} are the floor
 * and target that map it to a 0-100 score, so that scores compare across editions.
 *
 * <p>{@code decimals} is how many decimals the publications print its values with, the same everywhere (0 for a
 * code or a count). {@code targetSourceTexts} and {@code definitionTexts} hold the English texts of
 * {@code targetSource} and {@code definition} with their translations ({@link TranslatedText}).
 */
public record Indicator(
        String code,
        String name,
        String pillar,
        Direction direction,
        double weight,
        String submissionUnit,
        Optional<String> denominator,
        double scale,
        String unit,
        Range plausible,
        Range goalposts,
        OptionalDouble target2030,
        Optional<String> targetSource,
        String definition,
        int decimals,
        TranslatedText targetSourceTexts,
        TranslatedText definitionTexts) {

    /** An indicator with English texts only, printed with the decimals {@link #defaultDecimals} gives it. */
    public Indicator(String code, String name, String pillar, Direction direction, double weight,
                     String submissionUnit, Optional<String> denominator, double scale, String unit, Range plausible,
                     Range goalposts, OptionalDouble target2030, Optional<String> targetSource, String definition) {
        this(code, name, pillar, direction, weight, submissionUnit, denominator, scale, unit, plausible, goalposts,
                target2030, targetSource, definition, defaultDecimals(submissionUnit, goalposts),
                TranslatedText.english(targetSource.orElse("")), TranslatedText.english(definition));
    }

    public Indicator {
        Codes.requireCode(code);
        Codes.requireCode(pillar);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(target2030, "target2030");
        Objects.requireNonNull(targetSource, "targetSource");
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("indicator " + code + ": weight must be 0 or more, found " + weight);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("indicator " + code + ": scale must be a positive number, found " + scale);
        }
        Objects.requireNonNull(targetSourceTexts, "targetSourceTexts");
        Objects.requireNonNull(definitionTexts, "definitionTexts");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("indicator " + code + ": decimals must be 0 to " + MAX_DECIMALS
                    + ", found " + decimals);
        }
        if (goalposts.width() == 0) {
            throw new IllegalArgumentException("indicator " + code + ": goal_floor and goal_target must differ");
        }
    }

    /** The most decimals a codebook may ask for. */
    public static final int MAX_DECIMALS = 6;

    /**
     * The decimals of an indicator whose codebook row does not give them: none for a code; otherwise enough for
     * three significant digits across the goalposts' span (one for a span of 10 to 100, three for a price span
     * below 1), at most three.
     */
    public static int defaultDecimals(String submissionUnit, Range goalposts) {
        if ("CODE".equals(submissionUnit)) {
            return 0;
        }
        int digits = 2 - (int) Math.floor(Math.log10(goalposts.width()));
        return Math.max(0, Math.min(3, digits));
    }

    /** The source of the 2030 target in the language, English where the codebook gives none in it. */
    public Optional<String> targetSource(String language) {
        return targetSource.map(english -> targetSourceTexts.translations().getOrDefault(language, english));
    }

    /** The definition in the language, English where the codebook gives none in it. */
    public String definition(String language) {
        return definitionTexts.translations().getOrDefault(language, definition);
    }

    public boolean isDenominated() {
        return denominator.isPresent();
    }
}
