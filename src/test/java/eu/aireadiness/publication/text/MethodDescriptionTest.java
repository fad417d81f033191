package eu.aireadiness.publication.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.aireadiness.compute.MethodFile;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.CodebookReader;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.DenominateSpec;
import eu.aireadiness.methodology.engine.ImputeSpec;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.engine.RankSpec;
import eu.aireadiness.methodology.engine.ScreenSpec;
import eu.aireadiness.methodology.engine.TreatSpec;

/** The method's sentences are chosen by the method file's options and carry its numbers, in every language. */
class MethodDescriptionTest {

    static final Path TEMPLATES = Path.of("output-templates");
    static final Codebook CODEBOOK = CodebookReader.read(Path.of("input/codebook.csv"));
    static final MethodSpec SHIPPED = MethodFile.read(Path.of("input/method.yml"));

    private final PublicationTexts english = PublicationTexts.load(TEMPLATES, "en");

    @Test
    void theShippedMethodIsDescribedStepByStep() {
        Map<String, String> steps = describe(SHIPPED, english);
        assertThat(steps.keySet()).containsExactly("Denomination.", "Imputation.", "Screening.", "Outlier treatment.",
                "Normalisation.", "Aggregation.", "Weights.", "Ranking.");
        // 6 indicators of the codebook name a denominator (CMP1, CMP2, INV1, INV3, INV4, ADO4); 4 are
        // lower-is-better (GRN2, GRN4, GRN5, GOV3).
        assertThat(steps.get("Denomination.")).startsWith("6 of the 30 indicators are divided by a reference series");
        assertThat(steps.get("Imputation.")).contains("previous edition (carried forward) and flagged H");
        assertThat(steps.get("Screening.")).isEqualTo("No country and no indicator is excluded for lack of data.");
        assertThat(steps.get("Outlier treatment.")).startsWith("No outlier treatment is applied");
        assertThat(steps.get("Normalisation.")).contains("scored from 0 to 100 between two fixed goalposts",
                "For the 4 indicators where lower is better");
        assertThat(steps.get("Aggregation.")).contains("weighted arithmetic mean of its indicators’ scores",
                "index score is the weighted arithmetic mean of the pillar scores");
        assertThat(steps.get("Weights.")).isEqualTo("The weights are those of the codebook, shown in the table"
                + " above.");
        assertThat(steps.get("Ranking.")).contains("by a relative 0.000000000001 or less");
    }

    @Test
    void anotherMethodFileGivesAnotherDescription() {
        MethodSpec other = new MethodSpec(new DenominateSpec(DenominateSpec.Method.NONE, Map.of()),
                new ImputeSpec(ImputeSpec.Method.GROUP_MEDIAN, "region"),
                new ScreenSpec(0.9, ScreenSpec.By.BOTH, 0.5, 0.8),
                new TreatSpec(TreatSpec.Method.WINSORISE, 4, 2.25, 3.5, true), NormaliseSpec.minMax(1, 100),
                new AggregateSpec(AggregateSpec.Mean.GEOMETRIC, Map.of(3, AggregateSpec.Mean.HARMONIC)),
                RankSpec.exact(), Map.of("SKL", 2.0, "CMP1", 0.5));
        Map<String, String> steps = describe(other, english);
        assertThat(steps.get("Denomination.")).startsWith("Values are used in the unit they are submitted in");
        assertThat(steps.get("Imputation.")).contains("median", "same group (region)");
        assertThat(steps.get("Screening.")).contains("at least 90% of its indicator values are present and at least"
                + " 50% of these are other than zero", "kept only when at least 80% of the included countries");
        assertThat(steps.get("Outlier treatment.")).contains("skewness is at least 2.25 and its kurtosis at least 3.5",
                "or 4 values have been moved", "log-transformed instead");
        assertThat(steps.get("Normalisation.")).contains("rescaled from 1 for the lowest value among the countries to"
                + " 100 for the highest").doesNotContain("goalposts");
        assertThat(steps.get("Aggregation.")).contains("weighted geometric mean of its indicators’ scores",
                "index score is the weighted harmonic mean");
        assertThat(steps.get("Weights.")).contains("except those of SKL and CMP1, which the method file sets");
        assertThat(steps.get("Ranking.")).contains("equal scores share a rank").doesNotContain("relative");
        assertThat(steps).isNotEqualTo(describe(SHIPPED, english));
    }

    @Test
    void aZScoreCarriesItsMeanAndStandardDeviationAndTreatmentItsFallback() {
        MethodSpec zScores = new MethodSpec(SHIPPED.denominate(), SHIPPED.impute(), ScreenSpec.keepAll(),
                new TreatSpec(TreatSpec.Method.WINSORISE, 5, 2, 3.5, false), NormaliseSpec.zScore(10, 2),
                AggregateSpec.arithmetic(), RankSpec.exact(), Map.of());
        Map<String, String> steps = describe(zScores, english);
        assertThat(steps.get("Normalisation.")).contains("rescaled to a mean of 10 and a standard deviation of 2");
        assertThat(steps.get("Outlier treatment.")).endsWith("When that is not enough, the winsorised values are"
                + " kept.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr"})
    void everyOptionOfTheMethodFileHasItsSentenceInEveryLanguage(String language) {
        PublicationTexts texts = PublicationTexts.load(TEMPLATES, language);
        for (NormaliseSpec.Method method : NormaliseSpec.Method.values()) {
            NormaliseSpec normalise = method == NormaliseSpec.Method.ZSCORE ? NormaliseSpec.zScore(10, 2)
                    : new NormaliseSpec(method, 1, 100, 0, 1, Map.of());
            for (AggregateSpec.Mean mean : AggregateSpec.Mean.values()) {
                for (ImputeSpec.Method impute : ImputeSpec.Method.values()) {
                    for (ScreenSpec.By by : ScreenSpec.By.values()) {
                        MethodSpec spec = new MethodSpec(DenominateSpec.byMeta(),
                                new ImputeSpec(impute, impute.byGroup() ? "region" : ""),
                                new ScreenSpec(0.5, by, 0.1, 0.5), TreatSpec.coinrDefault(), normalise,
                                new AggregateSpec(mean, Map.of()), new RankSpec(1e-12), Map.of("CMP", 2.0));
                        assertThat(describe(spec, texts).values()).hasSize(8).allSatisfy(text ->
                                assertThat(text).isNotBlank().doesNotContain("{").doesNotContain("'"));
                    }
                }
            }
        }
    }

    @Test
    void theGermanAndFrenchSentencesCarryTheSameNumbersInTheirOwnFormat() {
        MethodSpec spec = new MethodSpec(SHIPPED.denominate(), SHIPPED.impute(),
                new ScreenSpec(0.875, ScreenSpec.By.NA, 0, 0), new TreatSpec(TreatSpec.Method.WINSORISE, 5, 2.5, 3.5,
                true), SHIPPED.normalise(), SHIPPED.aggregate(), SHIPPED.rank(), Map.of());
        assertThat(describe(spec, PublicationTexts.load(TEMPLATES, "de")).get("Auswahl nach Datenverfügbarkeit."))
                .isEqualTo("Ein Land wird nur berücksichtigt, wenn mindestens 87,5\u00A0% seiner Indikatorwerte"
                        + " vorliegen.");
        assertThat(describe(spec, PublicationTexts.load(TEMPLATES, "fr")).get("Traitement des valeurs aberrantes."))
                .contains("asymétrie est d’au moins 2,5 et son aplatissement (kurtosis) d’au moins 3,5");
    }

    static Map<String, String> describe(MethodSpec method, PublicationTexts texts) {
        List<MethodDescription.Step> steps = new MethodDescription(method, CODEBOOK, texts,
                new AnnexNumbers(texts.locale())).steps();
        Map<String, String> byLabel = new java.util.LinkedHashMap<>();
        steps.forEach(step -> byLabel.put(step.label(), step.text()));
        return byLabel;
    }
}
