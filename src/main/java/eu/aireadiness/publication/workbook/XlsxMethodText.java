package eu.aireadiness.publication.workbook;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.engine.TreatSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;
import eu.aireadiness.publication.text.NumberText;
import eu.aireadiness.publication.text.PublicationTexts;
import eu.aireadiness.results.PublishedEdition;

/**
 * The method of the edition in a few sentences for the workbook's Read me, said from the method that computed it
 * (one sentence per step, chosen by the step's setting), so that the text cannot disagree with the numbers.
 */
final class XlsxMethodText {

    /** The level of the pillars and of the index in the codebook's framework. */
    private static final int PILLAR_LEVEL = 2;
    private static final int INDEX_LEVEL = 3;

    /** A step of the method: its name and what it does. */
    record Step(String label, String sentence) {
    }

    private final PublicationTexts texts;
    private final NumberText numbers;

    XlsxMethodText(PublicationTexts texts) {
        this.texts = texts;
        this.numbers = new NumberText(texts.locale());
    }

    List<Step> steps(PublishedEdition edition, String previousEdition) {
        MethodSpec method = edition.method();
        List<Step> steps = new ArrayList<>();
        steps.add(step("structure", texts.format("xlsx.method.structure",
                Integer.toString(edition.codebook().indicators().size()),
                Integer.toString(edition.codebook().pillars().size()))));
        steps.add(step("denominate", texts.text("xlsx.method.denominate." + method.denominate().method().name())));
        steps.add(step("impute", texts.format("xlsx.method.impute." + method.impute().method().name(),
                method.impute().group())));
        steps.add(step("treat", treatment(method.treat())));
        steps.add(step("normalise", normalisation(method.normalise())));
        steps.add(step("aggregate", texts.format("xlsx.method.aggregate",
                texts.text("xlsx.mean." + method.aggregate().at(PILLAR_LEVEL).name()),
                texts.text("xlsx.mean." + method.aggregate().at(INDEX_LEVEL).name()))));
        steps.add(step("ranks", texts.text("guide.scores")));
        steps.add(step("change", texts.format("guide.change", previousEdition)));
        return steps;
    }

    /** What the rank intervals are and how they were computed, or that there are none. */
    String rankIntervals(PublishedEdition edition) {
        if (edition.uncertainty().isEmpty()) {
            return texts.text("xlsx.readme.intervals-none");
        }
        UncertaintySpec spec = edition.uncertainty().get();
        List<String> varied = new ArrayList<>();
        spec.weights().ifPresent(noise -> varied.add(texts.format("xlsx.uncertainty.weights",
                value(1 - noise.noise()), value(1 + noise.noise()))));
        if (!spec.normalisations().isEmpty()) {
            varied.add(texts.format("xlsx.uncertainty.normalise", spec.normalisations().stream()
                    .map(n -> texts.text("xlsx.normalisation." + n.method().name())).collect(Collectors.joining(", "))));
        }
        if (!spec.means().isEmpty()) {
            varied.add(texts.format("xlsx.uncertainty.means", spec.means().stream()
                    .map(m -> texts.text("xlsx.mean." + m.name())).collect(Collectors.joining(", "))));
        }
        if (!spec.winmax().isEmpty()) {
            varied.add(texts.format("xlsx.uncertainty.winmax", spec.winmax().stream()
                    .map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return texts.format("xlsx.readme.intervals-text",
                numbers.count(spec.replications()),
                String.join("; ", varied), Long.toString(spec.seed()));
    }

    private Step step(String name, String sentence) {
        return new Step(texts.text("xlsx.method." + name + ".label"), sentence);
    }

    private String treatment(TreatSpec treat) {
        return switch (treat.method()) {
            case NONE -> texts.text("xlsx.method.treat.NONE");
            case WINSORISE -> {
                String sentence = texts.format("xlsx.method.treat.WINSORISE", value(treat.skewThreshold()),
                        value(treat.kurtThreshold()), Integer.toString(treat.winmax()));
                yield treat.logFallback() ? sentence + " " + texts.text("xlsx.method.treat.log-fallback") : sentence;
            }
        };
    }

    private String normalisation(NormaliseSpec normalise) {
        String key = "xlsx.method.normalise." + normalise.method().name();
        return switch (normalise.method()) {
            case MINMAX, GOALPOSTS -> texts.format(key, value(normalise.lower()), value(normalise.upper()));
            case ZSCORE -> texts.format(key, value(normalise.mean()), value(normalise.sd()));
            case RANK, PERCENTILE_RANK -> texts.text(key);
        };
    }

    /** A setting as printed: whole numbers without decimals (a range of 0 to 100), others with up to three. */
    private String value(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? NumberFormat.getIntegerInstance(texts.locale()).format((long) number)
                : numbers.value(OptionalDouble.of(number));
    }
}
