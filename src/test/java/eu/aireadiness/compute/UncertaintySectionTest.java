package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.uncertainty.UncertaintySpec;

/** The uncertainty section of a method file: the example of the README as records, and mistakes refused. */
class UncertaintySectionTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("method-U.yml");
        Files.writeString(file, "normalise: {method: minmax, range: [0, 100]}\n" + yaml);
        return file;
    }

    @Test
    void theExampleReadsAsWritten() {
        UncertaintySpec spec = MethodFile.readDocument(AsemConfigurationATest.ASEM.resolve("method-A-uncertainty.yml"))
                .uncertainty().orElseThrow();
        assertThat(spec.replications()).isEqualTo(1000);
        assertThat(spec.seed()).isEqualTo(20261128L);
        assertThat(spec.weights()).contains(new UncertaintySpec.WeightNoise(List.of(2, 3), 0.25, 100));
        assertThat(spec.normalisations()).containsExactly(NormaliseSpec.minMax(1, 100), NormaliseSpec.zScore(10, 2));
        assertThat(spec.means()).containsExactly(AggregateSpec.Mean.ARITHMETIC, AggregateSpec.Mean.GEOMETRIC);
        assertThat(spec.winmax()).containsExactly(1, 2, 3, 4, 5);
        assertThat(spec.sensitivity()).contains(new UncertaintySpec.Sensitivity(1000, 200));
    }

    @Test
    void withoutTheSectionThereIsNoAnalysis() {
        assertThat(MethodFile.readDocument(AsemConfigurationATest.ASEM.resolve("method-A.yml")).uncertainty())
                .isEmpty();
    }

    @Test
    void keysLeftOutTakeTheirDefaults() throws IOException {
        UncertaintySpec spec = MethodFile.readDocument(write("uncertainty: {weights: {levels: [2]}}\n"))
                .uncertainty().orElseThrow();
        assertThat(spec.replications()).isEqualTo(1000);
        assertThat(spec.seed()).isEqualTo(1L);
        assertThat(spec.weights()).contains(new UncertaintySpec.WeightNoise(List.of(2), 0.25, 100));
        assertThat(spec.normalisations()).isEmpty();
        assertThat(spec.sensitivity()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uncertainty: {replicatons: 10, winmax: [1, 2]}|key 'uncertainty.replicatons': unknown key; allowed:"
            + " aggregate, normalise, replications, seed, sensitivity, weights, winmax",
        "uncertainty: {}|key 'uncertainty': no assumption to vary; give at least one of weights, normalise,"
            + " aggregate, winmax",
        "uncertainty: {replications: 0, winmax: [1, 2]}|key 'uncertainty.replications': expected 1 or more, found 0",
        "uncertainty: {seed: 1.5, winmax: [1, 2]}|key 'uncertainty.seed': expected a whole number, found '1.5'",
        "uncertainty: {weights: {levels: [2], noise: 1}}|key 'uncertainty.weights.noise': expected a share in"
            + " [0, 1), found 1.0",
        "uncertainty: {weights: {levels: [2], noise: -0.1}}|key 'uncertainty.weights.noise': expected a share in"
            + " [0, 1), found -0.1",
        "uncertainty: {weights: {noise: 0.2}}|key 'uncertainty.weights.levels': missing; list the levels",
        "uncertainty: {weights: {levels: [2, two]}}|key 'uncertainty.weights.levels[2]': expected a whole number,"
            + " found 'two'",
        "uncertainty: {weights: {levels: [2], sets: 1}}|key 'uncertainty.weights.sets': expected 2 or more",
        "uncertainty: {weights: {levels: [2], nois: 0.2}}|key 'uncertainty.weights.nois': unknown key; allowed:"
            + " levels, noise, sets",
        "uncertainty: {normalise: [{method: minmax, range: [1, 100]}, {method: zscor}]}"
            + "|key 'uncertainty.normalise[2].method': unknown option 'zscor'; allowed: minmax, zscore, goalposts,"
            + " rank, percentile_rank",
        "uncertainty: {normalise: [{method: minmax, range: [100, 1]}, {method: zscore}]}"
            + "|key 'uncertainty.normalise[1].range': expected [low, high] with low < high",
        "uncertainty: {normalise: {method: zscore}}|key 'uncertainty.normalise': expected a list of alternatives",
        "uncertainty: {aggregate: [arithmetic, geometrik]}|key 'uncertainty.aggregate[2]': unknown option"
            + " 'geometrik'; allowed: arithmetic, geometric, harmonic",
        "uncertainty: {aggregate: [geometric]}|key 'uncertainty.aggregate': expected 2 or more alternatives, found 1",
        "uncertainty: {winmax: [0, 1, 2]}|key 'uncertainty.winmax': expected caps of 1 point or more, found 0",
        "uncertainty: {winmax: [1, 1]}|key 'uncertainty.winmax': an alternative is listed twice: [1, 1]",
        "uncertainty: {winmax: [1, 2], sensitivity: {base_samples: 1}}"
            + "|key 'uncertainty.sensitivity.base_samples': expected 2 or more, found 1",
        "uncertainty: {winmax: [1, 2], sensitivity: {samples: 100}}|key 'uncertainty.sensitivity.samples': unknown"
            + " key; allowed: base_samples, bootstrap",
    })
    void mistakesAreRefusedNamingFileAndKey(String yaml, String message) throws IOException {
        Path file = write(yaml + "\n");
        assertThatThrownBy(() -> MethodFile.readDocument(file))
                .isInstanceOf(MethodFileException.class)
                .hasMessageStartingWith(file + ", " + message);
    }

    @Test
    void aLevelTheIndexLacksIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path method = write("uncertainty: {weights: {levels: [2, 4]}}\n");
        Path out = dir.resolve("out");
        Path asem = AsemConfigurationATest.ASEM;
        assertThatThrownBy(() -> ComputeCommand.run(asem.resolve("iMeta.csv"), asem.resolve("iData_long.csv"),
                method, out))
                .isInstanceOf(MethodFileException.class)
                .hasMessage(method + ", key 'uncertainty.weights.levels': the index has no level 4 whose weights feed"
                        + " a parent; allowed: 1 (the indicators) to 3 (the codes under the index)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aGeometricMeanOverZeroScoresIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path method = write("uncertainty: {aggregate: [arithmetic, geometric]}\n");
        Path out = dir.resolve("out");
        Path asem = AsemConfigurationATest.ASEM;
        assertThatThrownBy(() -> ComputeCommand.run(asem.resolve("iMeta.csv"), asem.resolve("iData_long.csv"),
                method, out))
                .isInstanceOf(MethodFileException.class)
                .hasMessageStartingWith(method + ", key 'normalise': the geometric mean needs scores above zero, but"
                        + " normalisation minmax to [0.0, 100.0] scores unit ")
                .hasMessageContaining("on indicator");
        assertThat(out).doesNotExist();
    }
}
