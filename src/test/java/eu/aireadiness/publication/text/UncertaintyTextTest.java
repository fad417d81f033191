package eu.aireadiness.publication.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;
import eu.aireadiness.publication.PublisherPdfTest;

class UncertaintyTextTest {

    static final PublicationTexts ENGLISH = PublicationTexts.load(PublisherPdfTest.TEMPLATES, "en");
    static final PublicationTexts GERMAN = PublicationTexts.load(PublisherPdfTest.TEMPLATES, "de");

    @Test
    void theNoteNamesEveryAssumptionThatVariesAndTheNumberOfReplications() {
        UncertaintySpec spec = new UncertaintySpec(500, 1,
                Optional.of(new UncertaintySpec.WeightNoise(List.of(2), 0.2, 10)),
                List.of(new NormaliseSpec(NormaliseSpec.Method.GOALPOSTS, 0, 100, 0, 1, Map.of()),
                        NormaliseSpec.zScore(10, 2)),
                List.of(AggregateSpec.Mean.ARITHMETIC, AggregateSpec.Mean.GEOMETRIC, AggregateSpec.Mean.HARMONIC),
                List.of(1, 3), Optional.empty());

        String note = new UncertaintyText(ENGLISH, new NumberText(Locale.ENGLISH)).rankIntervalNote(Optional.of(spec),
                true);

        assertThat(note).contains("over 500 replications of the uncertainty analysis, in which the weights of the"
                + " pillars (each multiplied by a random factor between 0.8 and 1.2), the normalisation (fixed"
                + " goalposts or z-scores), the mean that aggregates the scores (arithmetic, geometric or harmonic)"
                + " and the most values winsorised per indicator (1 or 3) vary");
        assertThat(new UncertaintyText(GERMAN, new NumberText(Locale.GERMAN)).rankIntervalNote(Optional.of(spec),
                true)).contains("zwischen 0,8 und 1,2");
    }

    @Test
    void withoutAnUncertaintyAnalysisTheNoteSaysThereAreNoRanges() {
        assertThat(new UncertaintyText(ENGLISH, new NumberText(Locale.ENGLISH)).rankIntervalNote(Optional.empty(),
                false)).isEqualTo("No uncertainty analysis was run for this edition, so no rank ranges are shown (–).");
    }
}
