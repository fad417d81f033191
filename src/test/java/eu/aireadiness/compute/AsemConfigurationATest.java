package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code compute} command on COINr's ASEM example with configuration A reproduces every stage COINr 1.1.14
 * computed (src/test/resources/asem/expected-A, see METHOD.md there), from either layout of the data.
 */
class AsemConfigurationATest {

    static final Path ASEM = Path.of("src/test/resources/asem");

    /** Each expected file with the columns that identify its rows. */
    static final Map<String, List<String>> FILES = new LinkedHashMap<>();

    static {
        for (String wide : List.of("denominated", "imputed", "screened", "treated", "normalised", "aggregated",
                "ranks", "screening", "results_index")) {
            FILES.put(wide + ".csv", List.of("uCode"));
        }
        FILES.put("imputed_cells.csv", List.of("uCode", "iCode"));
        FILES.put("treated_cells.csv", List.of("uCode", "iCode"));
        FILES.put("scores_long.csv", List.of("uCode", "iCode"));
        FILES.put("treatment_summary.csv", List.of("iCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iData_long.csv", "iData_wide.csv"})
    void everyStageMatchesCoinr(String dataFile, @TempDir Path dir) throws IOException {
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        for (String file : List.of("iMeta.csv", dataFile, "method-A.yml")) {
            Files.copy(ASEM.resolve(file), input.resolve(file));
        }
        Path out = dir.resolve("out");

        ComputeCommand.Outcome outcome = ComputeCommand.run(input.resolve("iMeta.csv"), input.resolve(dataFile),
                input.resolve("method-A.yml"), out);

        assertThat(outcome.units()).isEqualTo(51);
        assertThat(outcome.unitsScored()).isEqualTo(51);
        assertThat(outcome.unscored()).isEmpty();
        assertThat(outcome.warnings()).isEmpty();
        for (Map.Entry<String, List<String>> file : FILES.entrySet()) {
            KeyedCsv expected = KeyedCsv.read(ASEM.resolve("expected-A").resolve(file.getKey()), file.getValue());
            KeyedCsv actual = KeyedCsv.read(out.resolve(file.getKey()), file.getValue());
            double worst = expected.assertMatches(actual, file.getKey().equals("ranks.csv"));
            System.out.printf("%s %-22s largest relative difference %.3g%n", dataFile, file.getKey(), worst);
        }
    }
}
