package eu.aireadiness.publication.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/**
 * What a rank interval means, in words made from the method's uncertainty section: how many replications, and which
 * assumptions varied (the weights and by how much, the normalisation, the mean, the winsorisation cap).
 */
public final class UncertaintyText {

    private final PublicationTexts texts;
    private final NumberText numbers;

    public UncertaintyText(PublicationTexts texts, NumberText numbers) {
        this.texts = texts;
        this.numbers = numbers;
    }

    /** The note under the ranking; says so when there are no intervals to explain. */
    public String rankIntervalNote(Optional<UncertaintySpec> uncertainty, boolean hasIntervals) {
        if (uncertainty.isEmpty() || !hasIntervals) {
            return texts.text("ranking.interval.none");
        }
        UncertaintySpec spec = uncertainty.get();
        return texts.format("ranking.interval.note", numbers.count(spec.replications()),
                texts.and(varied(spec)));
    }

    /** One phrase per assumption that varies, in the order of the method file's keys. */
    List<String> varied(UncertaintySpec spec) {
        List<String> varied = new ArrayList<>();
        spec.weights().ifPresent(weights -> varied.add(texts.format("ranking.uncertainty.weights",
                texts.and(weights.levels().stream().map(this::level).toList()),
                numbers.value(OptionalDouble.of(1 - weights.noise())),
                numbers.value(OptionalDouble.of(1 + weights.noise())))));
        if (!spec.normalisations().isEmpty()) {
            varied.add(texts.format("ranking.uncertainty.normalise", texts.or(spec.normalisations().stream()
                    .map(n -> texts.text("ranking.uncertainty.normalise." + n.method().name())).toList())));
        }
        if (!spec.means().isEmpty()) {
            varied.add(texts.format("ranking.uncertainty.aggregate", texts.or(spec.means().stream()
                    .map(m -> texts.text("ranking.uncertainty.mean." + m.name())).toList())));
        }
        if (!spec.winmax().isEmpty()) {
            varied.add(texts.format("ranking.uncertainty.winmax",
                    texts.or(spec.winmax().stream().map(cap -> Integer.toString(cap)).toList())));
        }
        return varied;
    }

    /** Level 1 are the indicators' weights within their pillars, level 2 the pillars' within the index. */
    private String level(int level) {
        return switch (level) {
            case 1 -> texts.text("ranking.uncertainty.level.1");
            case 2 -> texts.text("ranking.uncertainty.level.2");
            default -> texts.format("ranking.uncertainty.level.other", Integer.toString(level));
        };
    }
}
