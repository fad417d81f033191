package eu.aireadiness.publication.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/** The uncertainty paragraph says what the method file's uncertainty section did, or that there was none. */
class UncertaintyDescriptionTest {

    private final PublicationTexts english = PublicationTexts.load(MethodDescriptionTest.TEMPLATES, "en");

    @Test
    void theShippedAnalysisNamesReplicationsSeedAndTheAssumptionsThatVaried() {
        UncertaintyDescription.Text text = describe(MethodFile.readDocument(Path.of("input/method.yml")).uncertainty(),
                english);
        assertThat(text.introduction()).contains("recomputed 1,000 times", "seed 20261128");
        assertThat(text.factors()).containsExactly(
                "the weights of the indicators within their pillars and of the pillars within the index: each weight"
                        + " multiplied by a factor between 0.75 and 1.25 (±25%); each replication draws one of 100"
                        + " sets of weights so perturbed",
                "the normalisation: goalposts, scores from 0 to 100 or min-max over the countries, from 0 to 100");
        assertThat(text.closing()).anySatisfy(sentence -> assertThat(sentence)
                .contains("from the 5th to the 95th percentile of its ranks over the 1,000 replications"));
    }

    @Test
    void otherAlternativesAreListedWithTheirOwnWords() {
        UncertaintySpec spec = new UncertaintySpec(500, 7, Optional.of(new UncertaintySpec.WeightNoise(List.of(2),
                0.1, 20)), List.of(NormaliseSpec.minMax(1, 100), NormaliseSpec.zScore(10, 2)),
                List.of(AggregateSpec.Mean.ARITHMETIC, AggregateSpec.Mean.GEOMETRIC, AggregateSpec.Mean.HARMONIC),
                List.of(1, 3), Optional.of(new UncertaintySpec.Sensitivity(256, 0)));
        UncertaintyDescription.Text text = describe(Optional.of(spec), english);
        assertThat(text.introduction()).contains("recomputed 500 times", "seed 7");
        assertThat(text.factors()).containsExactly(
                "the weights of the pillars within the index: each weight multiplied by a factor between 0.9 and 1.1"
                        + " (±10%); each replication draws one of 20 sets of weights so perturbed",
                "the normalisation: min-max over the countries, from 1 to 100 or z-scores with mean 10 and standard"
                        + " deviation 2",
                "the mean used at every level: the arithmetic mean, the geometric mean or the harmonic mean",
                "the largest number of values winsorised per indicator: 1 or 3");
        assertThat(text.closing()).last().asString().contains("sensitivity analysis (256 base samples)");
    }

    @Test
    void withoutAnUncertaintySectionItSaysThatNoAnalysisWasRun() {
        UncertaintyDescription.Text text = describe(Optional.empty(), english);
        assertThat(text.introduction()).isEqualTo("No uncertainty analysis was run for this edition: the ranks are"
                + " given without intervals.");
        assertThat(text.factors()).isEmpty();
        assertThat(text.closing()).isEmpty();
    }

    @Test
    void germanAndFrenchGroupThousandsWithANoBreakSpace() {
        // The Interinstitutional Style Guide groups thousands with a no-break space in German and French alike.
        Optional<UncertaintySpec> shipped = MethodFile.readDocument(Path.of("input/method.yml")).uncertainty();
        assertThat(describe(shipped, PublicationTexts.load(MethodDescriptionTest.TEMPLATES, "de")).introduction())
                .contains("1\u00A0000-mal neu berechnet");
        assertThat(describe(shipped, PublicationTexts.load(MethodDescriptionTest.TEMPLATES, "fr")).introduction())
                .contains("recalculé 1\u00A0000 fois");
    }

    private static UncertaintyDescription.Text describe(Optional<UncertaintySpec> spec, PublicationTexts texts) {
        return new UncertaintyDescription(spec, texts, new AnnexNumbers(texts.locale())).text();
    }

}
