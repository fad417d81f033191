package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.methodology.coherence.AggregateCoherence;
import eu.aireadiness.methodology.coherence.CoherenceFlag;
import eu.aireadiness.methodology.coherence.CoherenceReport;
import eu.aireadiness.methodology.coherence.CorrelationRow;

/** The three coherence files, byte for byte, from a report built by hand. */
class CoherenceCsvWriterTest {

    private static final double NA = Double.NaN;

    private final CoherenceReport report = new CoherenceReport("IDX", 0.3,
            List.of(new CorrelationRow("X", "P", 1, 0.5, NA, 3, -0.25, 1.0, 4),
                    new CorrelationRow("P", "IDX", 2, 1.0E-5, 0.75, 4, 1.0E-5, 0.75, 4)),
            List.of(new AggregateCoherence("P", 2, List.of("X", "Y"), 0.8, NA, 4),
                    new AggregateCoherence("IDX", 3, List.of("P"), NA, NA, 4)),
            List.of(new CoherenceFlag("X", "", "P", CoherenceFlag.Kind.WEAK, 0.125),
                    new CoherenceFlag("X", "Y", "P", CoherenceFlag.Kind.NEGATIVE_PAIR, -0.6)));

    @Test
    void writesTheThreeFilesWithHeadersFullPrecisionAndEmptyNaN(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("coherence"); // created by the writer
        CoherenceCsvWriter.write(report, dir);

        assertThat(read(dir.resolve("coherence_correlations.csv"))).isEqualTo("""
                code,parent,level,pearson_parent,spearman_parent,n_parent,pearson_index,spearman_index,n_index
                X,P,1,0.5,,3,-0.25,1.0,4
                P,IDX,2,1.0E-5,0.75,4,1.0E-5,0.75,4
                """);
        assertThat(read(dir.resolve("coherence_aggregates.csv"))).isEqualTo("""
                code,level,children_count,children,cronbach_alpha,first_component_share,n_complete
                P,2,2,X;Y,0.8,,4
                IDX,3,1,P,,,4
                """);
        assertThat(read(dir.resolve("coherence_flags.csv"))).isEqualTo("""
                parent,code,paired_with,kind,value
                P,X,,WEAK,0.125
                P,X,Y,NEGATIVE_PAIR,-0.6
                """);
    }

    @Test
    void rewritingReplacesTheFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("coherence_flags.csv"), "an older, longer file\n".repeat(9));
        CoherenceCsvWriter.write(new CoherenceReport("IDX", 0.3, List.of(), List.of(), List.of()), dir);
        assertThat(read(dir.resolve("coherence_flags.csv"))).isEqualTo("parent,code,paired_with,kind,value\n");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
