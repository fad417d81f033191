package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compute command on means that need scores above zero, and on units that get no score. A small index: A1 and
 * A2 make P, P makes Index; weights 1.
 */
class ComputeCommandTest {

    private static final String META = """
            iCode,iName,Level,Parent,Direction,Weight,Type,Denominator,Unit,Target
            A1,First,1,P,1,1,Indicator,,,
            A2,Second,1,P,1,1,Indicator,,,
            P,Pillar,2,Index,1,1,Aggregate,,,
            Index,Index,3,,1,1,Aggregate,,,
            """;
    private static final String DATA = """
            uName,uCode,Time,A1,A2
            Aland,AA,2020,1,4
            Bland,BB,2020,2,2
            Cland,CC,2020,3,6
            Dland,DD,2020,4,8
            """;

    @TempDir
    Path dir;

    private ComputeCommand.Outcome compute(String data, String method) throws IOException {
        return ComputeCommand.run(Files.writeString(dir.resolve("iMeta.csv"), META),
                Files.writeString(dir.resolve("iData.csv"), data), Files.writeString(dir.resolve("method.yml"),
                        method), dir.resolve("out"));
    }

    @Test
    void zScoresWithAMeanFarFromZeroTakeTheGeometricMean() throws IOException {
        ComputeCommand.Outcome outcome = compute(DATA, """
                treat: {method: none}
                normalise: {method: zscore, mean: 100, sd: 10}
                aggregate: {method: geometric}
                """);
        // A1: 1..4, mean 2.5, sd sqrt(5/3); A2: 4, 2, 6, 8, mean 5, sd sqrt(20/3). Unit AA:
        // z1 = 100 + 10 (1 - 2.5) / sqrt(5/3), z2 = 100 + 10 (4 - 5) / sqrt(20/3); P = sqrt(z1 z2) = Index.
        double z1 = 100 + 10 * (1 - 2.5) / Math.sqrt(5.0 / 3);
        double z2 = 100 + 10 * (4 - 5) / Math.sqrt(20.0 / 3);
        String row = Files.readAllLines(dir.resolve("out/results_index.csv")).stream()
                .filter(line -> line.startsWith("AA,")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(row.split(",")[2])).isCloseTo(Math.sqrt(z1 * z2), within(1e-12));
        assertThat(outcome.unitsScored()).isEqualTo(4);
    }

    @Test
    void aGeometricMeanThatMeetsAZeroScoreIsRefusedNamingFileKeyUnitCodeAndScoreBeforeAnythingIsWritten()
            throws IOException {
        assertThatThrownBy(() -> compute(DATA, """
                treat: {method: none}
                aggregate: {method: {2: geometric}}
                """)).isInstanceOf(MethodFileException.class)
                .hasMessage(dir.resolve("method.yml") + ", key 'aggregate.method.2': the geometric mean of P needs"
                        + " every child above zero, but unit AA scores 0.0 on A1; normalise to scores above zero (e.g."
                        + " minmax to [1, 100], or a zscore mean further from zero) or use the arithmetic mean at"
                        + " this level");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aUnitWithoutAnyValueIsCountedAsUnscoredAndNamed() throws IOException {
        ComputeCommand.Outcome outcome = compute(DATA + "Eland,EE,2020,,\n", "treat: {method: none}\n");

        assertThat(outcome.units()).isEqualTo(5);
        assertThat(outcome.unitsScored()).isEqualTo(4);
        assertThat(outcome.unscored()).containsExactly("EE");
        assertThat(outcome.summary()).startsWith("Index computed for 4 of 5 units; no score for EE (screened out or"
                + " without values: see screening.csv and results_index.csv); stages written to ");
    }
}
