package eu.aireadiness.publication.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.DenominateSpec;
import eu.aireadiness.methodology.engine.ImputeSpec;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.engine.ScreenSpec;
import eu.aireadiness.methodology.engine.TreatSpec;

/**
 * The method in sentences, one paragraph per step in the order the steps run. Each option of the method file has
 * its own sentence pattern, keyed by the option's name in the method file ({@code annex.method.normalise.goalposts},
 * {@code annex.method.impute.carry_forward}), and is filled in with the file's numbers: another method file gives
 * another description, never a hand-written one.
 */
public final class MethodDescription {

    /** One step: its name and what it did. */
    public record Step(String label, String text) {
    }

    private final MethodSpec method;
    private final Codebook codebook;
    private final PublicationTexts texts;
    private final AnnexNumbers numbers;

    public MethodDescription(MethodSpec method, Codebook codebook, PublicationTexts texts, AnnexNumbers numbers) {
        this.method = method;
        this.codebook = codebook;
        this.texts = texts;
        this.numbers = numbers;
    }

    public List<Step> steps() {
        return List.of(step("denominate", denominate()), step("impute", impute()), step("screen", screen()),
                step("treat", treat()), step("normalise", normalise()), step("aggregate", aggregate()),
                step("weights", weights()), step("rank", rank()));
    }

    private Step step(String name, String text) {
        return new Step(texts.text("annex.method.step." + name), text);
    }

    private String denominate() {
        long denominated = codebook.indicators().stream().filter(i -> i.isDenominated()).count();
        if (method.denominate().method() == DenominateSpec.Method.NONE || denominated == 0) {
            return texts.text("annex.method.denominate.none");
        }
        return texts.format("annex.method.denominate.by_meta", Long.toString(denominated),
                Integer.toString(codebook.indicators().size()));
    }

    private String impute() {
        ImputeSpec impute = method.impute();
        return texts.format("annex.method.impute." + key(impute.method()), impute.group());
    }

    private String screen() {
        ScreenSpec screen = method.screen();
        boolean units = screen.by() != ScreenSpec.By.NA || screen.unitThreshold() > 0;
        if (!units && screen.indicatorThreshold() == 0) {
            return texts.text("annex.method.screen.none");
        }
        List<String> sentences = new ArrayList<>();
        if (units) {
            sentences.add(texts.format("annex.method.screen." + key(screen.by()),
                    numbers.share(screen.unitThreshold()), numbers.share(screen.nonZeroThreshold())));
        }
        if (screen.indicatorThreshold() > 0) {
            sentences.add(texts.format("annex.method.screen.indicators", numbers.share(screen.indicatorThreshold())));
        }
        return String.join(" ", sentences);
    }

    private String treat() {
        TreatSpec treat = method.treat();
        if (treat.method() == TreatSpec.Method.NONE) {
            return texts.text("annex.method.treat.none");
        }
        String fallback = treat.logFallback() ? "annex.method.treat.fallback.log" : "annex.method.treat.fallback.none";
        return texts.format("annex.method.treat.winsorise", numbers.plain(treat.skewThreshold()),
                numbers.plain(treat.kurtThreshold()), Integer.toString(treat.winmax())) + " " + texts.text(fallback);
    }

    private String normalise() {
        NormaliseSpec normalise = method.normalise();
        List<String> sentences = new ArrayList<>();
        sentences.add(texts.format("annex.method.normalise." + key(normalise.method()),
                numbers.plain(normalise.lower()), numbers.plain(normalise.upper()), numbers.plain(normalise.mean()),
                numbers.plain(normalise.sd())));
        long reversed = codebook.indicators().stream().filter(i -> i.direction() == Direction.NEGATIVE).count();
        if (reversed > 0) {
            sentences.add(texts.format("annex.method.normalise.direction", Long.toString(reversed)));
        }
        List<String> goalposts = new MethodFramework(codebook, method).goalpostsSetByMethod();
        if (normalise.method() == NormaliseSpec.Method.GOALPOSTS && !goalposts.isEmpty()) {
            sentences.add(texts.format("annex.method.normalise.goalposts-set", ListText.and(goalposts, texts)));
        }
        return String.join(" ", sentences);
    }

    private String aggregate() {
        AggregateSpec aggregate = method.aggregate();
        return texts.text("annex.method.aggregate.pillars." + key(aggregate.at(2))) + " "
                + texts.text("annex.method.aggregate.index." + key(aggregate.at(3))) + " "
                + texts.text("annex.method.aggregate.missing");
    }

    private String weights() {
        List<String> set = new MethodFramework(codebook, method).weightsSetByMethod();
        return set.isEmpty() ? texts.text("annex.method.weights.codebook")
                : texts.format("annex.method.weights.method", ListText.and(set, texts));
    }

    private String rank() {
        double tolerance = method.rank().tieTolerance();
        return tolerance == 0 ? texts.text("annex.method.rank.exact")
                : texts.format("annex.method.rank.tolerance", numbers.exact(tolerance));
    }

    /** An option as the method file spells it: CARRY_FORWARD is carry_forward. */
    public static String key(Enum<?> option) {
        return option.name().toLowerCase(Locale.ROOT);
    }
}
