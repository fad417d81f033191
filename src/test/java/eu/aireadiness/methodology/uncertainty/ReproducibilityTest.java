package eu.aireadiness.methodology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same seed gives bit-identical results on 1 and 4 threads: record equality compares doubles with
 * {@link Double#compare}, so any difference in the last bit fails. 3000 rows are 12 blocks, one of them partial.
 */
class ReproducibilityTest {

    @ParameterizedTest
    @EnumSource(SamplingDesign.class)
    void uncertaintyAnalysisDoesNotDependOnTheNumberOfThreads(SamplingDesign design) {
        UncertaintySettings settings = UncertaintySettings.of(3000, 77L).withDesign(design);
        UncertaintyResult one = uncertainty(settings.withThreads(1));
        UncertaintyResult four = uncertainty(settings.withThreads(4));
        assertThat(four).isEqualTo(one);
        assertThat(uncertainty(settings.withThreads(4))).isEqualTo(four);
    }

    @ParameterizedTest
    @EnumSource(SamplingDesign.class)
    void sensitivityAnalysisDoesNotDependOnTheNumberOfThreads(SamplingDesign design) {
        SensitivitySettings settings = SensitivitySettings.of(3000, 77L).withDesign(design).withBootstrap(100, 0.9);
        SensitivityResult one = ishigami(settings.withThreads(1));
        SensitivityResult four = ishigami(settings.withThreads(4));
        assertThat(four).isEqualTo(one);
    }

    @Test
    void anotherSeedGivesAnotherSample() {
        SensitivitySettings settings = SensitivitySettings.of(3000, 77L).withBootstrap(0, 0.9);
        SensitivitySettings otherSeed = new SensitivitySettings(3000, SamplingDesign.SOBOL, 78L, 2, 0, 0.9);
        assertThat(ishigami(otherSeed).factor("x1").firstOrder())
                .isNotEqualTo(ishigami(settings).factor("x1").firstOrder());
    }

    private static UncertaintyResult uncertainty(UncertaintySettings settings) {
        return UncertaintyAnalysis.run(ToyCompositeIndex.FACTORS, ToyCompositeIndex.models(),
                ToyCompositeIndex.UNITS, ToyCompositeIndex.NOMINAL_RANKS, settings);
    }

    private static SensitivityResult ishigami(SensitivitySettings settings) {
        return SensitivityAnalysis.run(IshigamiSensitivityTest.FACTORS, IshigamiSensitivityTest.ISHIGAMI, settings);
    }
}
