package eu.aireadiness.publication.coinr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.dataset.CountrySubmission;
import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.SubmittedValue;
import eu.aireadiness.framework.Codebook;
import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.Direction;
import eu.aireadiness.framework.Indicator;
import eu.aireadiness.framework.Pillar;
import eu.aireadiness.framework.Range;
import eu.aireadiness.framework.ReferenceData;
import eu.aireadiness.framework.ReferenceValue;
import eu.aireadiness.publication.AdditionalFile;
import eu.aireadiness.submission.ObsStatus;

/**
 * The COINr export of a small edition, its expected files written by hand: COINr's columns, the raw values and
 * reference series of both editions (a country without data has its empty rows), a value marked missing empty, the
 * codebook's structure with its scale factors and goalposts, and the method file as it was given.
 */
class CoinrExportTest {

    private static final Codebook CODEBOOK = new Codebook("IDX", "Test index",
            List.of(new Pillar("P1", "Pillar one", 1, ""), new Pillar("P2", "Pillar two", 2, "")),
            List.of(new Indicator("A1", "AI patents", "P1", Direction.POSITIVE, 1, "NR", Optional.of("POP"), 1e6,
                            "per million inhabitants", new Range(0, 1000), new Range(0, 50), OptionalDouble.empty(),
                            Optional.empty(), ""),
                    new Indicator("A2", "Offline share", "P2", Direction.NEGATIVE, 0.5, "%", Optional.empty(), 1,
                            "%", new Range(0, 100), new Range(10, 90), OptionalDouble.empty(), Optional.empty(),
                            "")));
    private static final List<Country> COUNTRIES = List.of(new Country("AT", "Austria", "Österreich"),
            new Country("BE", "Belgium", "België / Belgique"));
    private static final ReferenceData REFERENCE = new ReferenceData(List.of(
            new ReferenceValue("AT", 2025, "POP", 8_000_000, "NR", "test"),
            new ReferenceValue("AT", 2026, "POP", 9_000_000, "NR", "test"),
            new ReferenceValue("BE", 2026, "POP", 11_000_000, "NR", "test")));
    private static final String METHOD = "# the edition's method\ndenominate: {method: by_meta}\n";

    @TempDir
    Path dir;

    @Test
    void theExportHoldsTheRawDataOfBothEditionsTheCodebookAndTheMethodFile() throws IOException {
        EditionDataSet previous = new EditionDataSet(2025, Map.of("AT", submission("AT", Map.of(
                "A1", value(4.0, ObsStatus.A), "A2", value(Double.NaN, ObsStatus.M)))), Map.of());
        EditionDataSet current = new EditionDataSet(2026, Map.of(
                "AT", submission("AT", Map.of("A1", value(4.5, ObsStatus.A), "A2", value(20.25, ObsStatus.E))),
                "BE", submission("BE", Map.of("A1", value(0.1, ObsStatus.P)))), Map.of());

        CoinrExport export = CoinrExport.of(CODEBOOK, COUNTRIES, REFERENCE, current, previous, METHOD);

        assertThat(export.data()).isEqualTo("""
                uCode,uName,Time,POP,A1,A2
                AT,Austria,2025,8000000.0,4.0,
                BE,Belgium,2025,,,
                AT,Austria,2026,9000000.0,4.5,20.25
                BE,Belgium,2026,11000000.0,0.1,
                """);
        assertThat(export.meta()).isEqualTo("""
                iCode,iName,Level,Parent,Direction,Weight,Type,Denominator,Scale,Unit,PublishedUnit,goalpost_lower,\
                goalpost_upper
                A1,AI patents,1,P1,1,1.0,Indicator,POP,1000000.0,NR,per million inhabitants,0.0,50.0
                A2,Offline share,1,P2,-1,0.5,Indicator,,1.0,%,%,10.0,90.0
                P1,Pillar one,2,IDX,1,1.0,Aggregate,,,,,,
                P2,Pillar two,2,IDX,1,2.0,Aggregate,,,,,,
                IDX,Test index,3,,1,1,Aggregate,,,,,,
                POP,POP,,,,,Denominator,,,NR,,,
                """);
        assertThat(export.method()).isEqualTo(METHOD);
    }

    @Test
    void theFilesLieInTheCoinrFolderNamedAfterTheEdition() throws IOException {
        CoinrExport export = new CoinrExport(2026, "uCode\n", "iCode\n", METHOD);

        List<AdditionalFile> files = export.files();

        assertThat(files).extracting(AdditionalFile::relativePath).containsExactly("coinr/AIRI-2026-iData.csv",
                "coinr/AIRI-2026-iMeta.csv", "coinr/AIRI-2026-method.yml");
        for (AdditionalFile file : files) {
            file.content().writeTo(dir.resolve(Path.of(file.relativePath()).getFileName()));
        }
        assertThat(Files.readString(dir.resolve("AIRI-2026-iData.csv"), StandardCharsets.UTF_8)).isEqualTo("uCode\n");
        assertThat(Files.readString(dir.resolve("AIRI-2026-iMeta.csv"), StandardCharsets.UTF_8)).isEqualTo("iCode\n");
        assertThat(Files.readString(dir.resolve("AIRI-2026-method.yml"), StandardCharsets.UTF_8)).isEqualTo(METHOD);
    }

    private static CountrySubmission submission(String country, Map<String, SubmittedValue> values) {
        return new CountrySubmission(country, 1, country + ".csv", "0".repeat(64), 1, values);
    }

    private static SubmittedValue value(double value, ObsStatus status) {
        return new SubmittedValue(value, status, "test", 2);
    }
}
