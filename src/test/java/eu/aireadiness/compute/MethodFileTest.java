package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.methodology.engine.AggregateSpec;
import eu.aireadiness.methodology.engine.DenominateSpec;
import eu.aireadiness.methodology.engine.ImputeSpec;
import eu.aireadiness.methodology.engine.MethodSpec;
import eu.aireadiness.methodology.engine.NormaliseSpec;
import eu.aireadiness.methodology.engine.ScreenSpec;
import eu.aireadiness.methodology.engine.TreatSpec;

/** Method files: configuration A as records, and every kind of mistake refused with file, key and what is allowed. */
class MethodFileTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("method-A.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void configurationAReadsAsCoinrsExampleBuild() {
        MethodSpec spec = MethodFile.read(AsemConfigurationATest.ASEM.resolve("method-A.yml"));
        assertThat(spec.denominate()).isEqualTo(DenominateSpec.byMeta());
        assertThat(spec.impute()).isEqualTo(new ImputeSpec(ImputeSpec.Method.GROUP_MEAN, "EurAsia_group"));
        assertThat(spec.screen()).isEqualTo(new ScreenSpec(0.9, ScreenSpec.By.NA, 0.05, 0));
        assertThat(spec.treat()).isEqualTo(TreatSpec.coinrDefault());
        assertThat(spec.normalise()).isEqualTo(NormaliseSpec.minMax(0, 100));
        assertThat(spec.aggregate().at(2)).isEqualTo(AggregateSpec.Mean.ARITHMETIC);
        assertThat(spec.aggregate().at(4)).isEqualTo(AggregateSpec.Mean.ARITHMETIC);
        assertThat(spec.weights()).isEmpty();
    }

    @Test
    void theShortFormsMeanTheDefaults() throws IOException {
        MethodSpec shortForms = MethodFile.read(write("""
                denominate: {}            # or per-code overrides
                impute: {method: group_mean, group: EurAsia_group}
                screen: {unit_threshold: 0.9, by: NA}
                treat: {method: winsorise, winmax: 5, skew: 2.0, kurt: 3.5}
                normalise: {method: minmax, range: [0, 100]}
                aggregate: {method: {2: arithmetic, 3: arithmetic, 4: arithmetic}}
                weights: {}               # code: weight overrides
                """));
        assertThat(shortForms).isEqualTo(MethodFile.read(AsemConfigurationATest.ASEM.resolve("method-A.yml")));
        MethodSpec scaled = MethodFile.read(write("denominate: {scale: {Flights: 1e6}}\n"));
        assertThat(scaled.denominate().scaleOf("Flights")).isEqualTo(1e6);
    }

    @Test
    void sectionsLeftOutSkipTheirStep() throws IOException {
        MethodSpec spec = MethodFile.read(write("normalise: {method: rank}\nweights: {LPI: 2}\n"));
        assertThat(spec.denominate().method()).isEqualTo(DenominateSpec.Method.NONE);
        assertThat(spec.impute().method()).isEqualTo(ImputeSpec.Method.NONE);
        assertThat(spec.treat().method()).isEqualTo(TreatSpec.Method.NONE);
        assertThat(spec.normalise().method()).isEqualTo(NormaliseSpec.Method.RANK);
        assertThat(spec.weights()).isEqualTo(Map.of("LPI", 2.0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "normalise: {method: minmax2}"
            + "|key 'normalise.method': unknown option 'minmax2'; allowed: minmax, zscore, goalposts, rank,"
            + " percentile_rank",
        "treatment: {}"
            + "|key 'treatment': unknown key; allowed: aggregate, denominate, impute, normalise, rank, screen, treat,"
            + " uncertainty, weights",
        "treat: {winmx: 5}|key 'treat.winmx': unknown key; allowed: fallback, kurt, method, skew, winmax",
        "rank: {tie_tolerance: 0.1}|key 'rank.tie_tolerance': expected a relative tolerance from 0 to 1e-6",
        "rank: {ties: min}|key 'rank.ties': unknown key; allowed: tie_tolerance",
        "treat: {winmax: five}|key 'treat.winmax': expected a whole number, found 'five'",
        "weights: {LPI: -1}|key 'weights.LPI': expected a weight of 0 or more, found -1.0",
        "screen: {unit_threshold: 90}|key 'screen.unit_threshold': expected a share between 0 and 1, found 90.0",
        "impute: {method: group_mean}|key 'impute.group': method group_mean needs the name of a group column",
        "normalise: {range: [100, 0]}|key 'normalise.range': expected [low, high] with low < high",
        "aggregate: {method: {two: geometric}}|key 'aggregate.method.two': expected a level number (2, 3, ...)",
    })
    void mistakesAreRefusedNamingFileKeyAndWhatIsAllowed(String yaml, String message) throws IOException {
        Path file = write(yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> MethodFile.read(file))
                .isInstanceOf(MethodFileException.class)
                .hasMessageStartingWith(file + ", " + message);
    }

    @Test
    void aGroupColumnTheUnitsLackIsRefusedBeforeAnyComputation() throws IOException {
        Path method = write("impute: {method: group_mean, group: Region}\n");
        Path out = dir.resolve("out");
        Path asem = AsemConfigurationATest.ASEM;
        assertThatThrownBy(() -> ComputeCommand.run(asem.resolve("iMeta.csv"), asem.resolve("iData_long.csv"),
                method, out))
                .isInstanceOf(MethodFileException.class)
                .hasMessage(method + ", key 'impute.group': no group column 'Region' in the units; allowed:"
                        + " EurAsia_group, GDP_group, GDPpc_group, Pop_group");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWeightForACodeTheIndexLacksIsRefused() throws IOException {
        Path method = write("weights: {LPI: 2, Nonsense: 1}\n");
        Path asem = AsemConfigurationATest.ASEM;
        assertThatThrownBy(() -> ComputeCommand.run(asem.resolve("iMeta.csv"), asem.resolve("iData_wide.csv"),
                method, dir.resolve("out")))
                .hasMessage(method + ", key 'weights.Nonsense': no code 'Nonsense' in the index structure");
    }

    @Test
    void aFileThatIsNotYamlSaysSo() throws IOException {
        Path file = write("normalise: {method: minmax\n");
        assertThatThrownBy(() -> MethodFile.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("not valid YAML");
        Path twice = write("treat: {}\ntreat: {}\n");
        assertThatThrownBy(() -> MethodFile.read(twice)).hasMessageContaining("not valid YAML")
                .hasMessageContaining("duplicate key treat");
    }
}
