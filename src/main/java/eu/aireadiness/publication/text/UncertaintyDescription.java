package eu.aireadiness.publication.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/**
 * How the uncertainty analysis behind the rank intervals was run, in sentences taken from the method file's
 * {@code uncertainty} section: the replications and seed, one line per assumption that varied, and how to read an
 * interval. Without that section it says that no analysis was run.
 */
public final class UncertaintyDescription {

    /** What the analysis did: an introduction, the assumptions that varied, and how to read the result. */
    public record Text(String introduction, List<String> factors, List<String> closing) {
    }

    private final Optional<UncertaintySpec> uncertainty;
    private final PublicationTexts texts;
    private final AnnexNumbers numbers;

    public UncertaintyDescription(Optional<UncertaintySpec> uncertainty, PublicationTexts texts, AnnexNumbers numbers) {
        this.uncertainty = uncertainty;
        this.texts = texts;
        this.numbers = numbers;
    }

    public Text text() {
        if (uncertainty.isEmpty()) {
            return new Text(texts.text("annex.uncertainty.none"), List.of(), List.of());
        }
        UncertaintySpec spec = uncertainty.get();
        String replications = numbers.plain(spec.replications());
        List<String> factors = new ArrayList<>();
        spec.weights().ifPresent(w -> factors.add(texts.format("annex.uncertainty.weights",
                ListText.and(w.levels().stream().map(this::level).toList(), texts), numbers.plain(1 - w.noise()),
                numbers.plain(1 + w.noise()), numbers.plain(w.sets()), numbers.share(w.noise()))));
        if (!spec.normalisations().isEmpty()) {
            factors.add(texts.format("annex.uncertainty.normalise",
                    ListText.or(spec.normalisations().stream().map(this::normalisation).toList(), texts)));
        }
        if (!spec.means().isEmpty()) {
            factors.add(texts.format("annex.uncertainty.aggregate", ListText.or(spec.means().stream()
                    .map(m -> texts.text("annex.mean." + MethodDescription.key(m))).toList(), texts)));
        }
        if (!spec.winmax().isEmpty()) {
            factors.add(texts.format("annex.uncertainty.winmax",
                    ListText.or(spec.winmax().stream().map(Object::toString).toList(), texts)));
        }
        List<String> closing = new ArrayList<>();
        closing.add(texts.text("annex.uncertainty.fixed"));
        closing.add(texts.format("annex.uncertainty.reading", replications));
        spec.sensitivity().ifPresent(s -> closing.add(texts.format("annex.uncertainty.sensitivity",
                numbers.plain(s.baseSamples()))));
        return new Text(texts.format("annex.uncertainty.intro", replications, Long.toString(spec.seed())), factors,
                closing);
    }

    /** Whose weights a level's noise varies: 1 the indicators' in their pillars, 2 the pillars' in the index. */
    private String level(int level) {
        return texts.optional("annex.uncertainty.level." + level)
                .orElseGet(() -> texts.format("annex.uncertainty.level.other", Integer.toString(level)));
    }

    private String normalisation(NormaliseSpec n) {
        return texts.format("annex.normalise." + MethodDescription.key(n.method()), numbers.plain(n.lower()),
                numbers.plain(n.upper()), numbers.plain(n.mean()), numbers.plain(n.sd()));
    }
}
