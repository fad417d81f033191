package eu.aireadiness.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.InputFileException;
import eu.aireadiness.methodology.engine.DenominateSpec;
import eu.aireadiness.methodology.engine.IndexData;

/** Reading COINr's iMeta and iData: both layouts, several editions, and files that cannot be used. */
class DataFileTest {

    private static final String META = """
            iCode,iName,Level,Parent,Direction,Weight,Type,Denominator,Unit,Target
            A1,First,1,P,1,1,Indicator,Pop,,
            A2,Second,1,P,-1,2,Indicator,,,
            P,Pillar,2,,1,1,Aggregate,,,
            Region,Region,,,,,Group,,,
            Pop,Population,,,,,Denominator,,,
            """;

    private static final DenominateSpec NO_DENOMINATION = new DenominateSpec(DenominateSpec.Method.NONE, Map.of());

    @TempDir
    Path dir;

    private MetaFile meta() throws IOException {
        return MetaFile.read(Files.writeString(dir.resolve("iMeta.csv"), META));
    }

    @Test
    void theMetaGivesTheStructureGroupsAndDenominators() throws IOException {
        MetaFile meta = meta();
        assertThat(meta.indicatorCodes()).containsExactly("A1", "A2");
        assertThat(meta.structure().indicators().get(0).denominator()).isEqualTo("Pop");
        assertThat(meta.structure().indicators().get(1).direction()).isEqualTo(-1);
        assertThat(meta.structure().childrenOf("P")).hasSize(2);
        assertThat(meta.groupColumns()).containsExactly("Region");
        assertThat(meta.denominatorColumns()).containsExactly("Pop");
    }

    @Test
    void goalpostsComeFromCoinrsColumnsOrFromFloorAndTarget() throws IOException {
        MetaFile meta = MetaFile.read(Files.writeString(dir.resolve("goalposts.csv"), """
                iCode,Level,Parent,Direction,Weight,Type,Denominator,goalpost_lower,goalpost_upper,Floor,Target
                G1,1,P,1,1,Indicator,,2,8,,
                G2,1,P,-1,1,Indicator,,,,40,10
                P,2,,1,1,Aggregate,,,,,
                """));
        assertThat(meta.structure().indicators().get(0).goalpostLower()).isEqualTo(2.0);
        assertThat(meta.structure().indicators().get(0).goalpostUpper()).isEqualTo(8.0);
        // a negative indicator: the target 10 is the best (lower) goalpost, the floor 40 the worst (upper)
        assertThat(meta.structure().indicators().get(1).goalpostLower()).isEqualTo(10.0);
        assertThat(meta.structure().indicators().get(1).goalpostUpper()).isEqualTo(40.0);
    }

    @Test
    void theWideLayoutWithTwoEditionsGivesTheLatestAndThePrevious() throws IOException {
        Path data = Files.writeString(dir.resolve("iData.csv"), """
                uName,uCode,Region,Time,Pop,A1,A2
                Xland,XX,north,2019,10,1,
                Yland,YY,south,2019,20,,4
                Xland,XX,north,2018,10,0.5,3
                """);
        IndexData read = DataFile.read(data, meta(), NO_DENOMINATION);
        assertThat(read.units()).containsExactly("XX", "YY");
        assertThat(read.names()).containsExactly("Xland", "Yland");
        assertThat(read.groups().get("Region")).containsExactly("north", "south");
        assertThat(read.indicators().get("YY", "A1")).isNaN();
        assertThat(read.denominators().get("YY", "Pop")).isEqualTo(20.0);
        assertThat(read.previous().orElseThrow().get("XX", "A2")).isEqualTo(3.0);
        assertThat(read.previous().orElseThrow().units()).containsExactly("XX");
    }

    @Test
    void thePreviousEditionIsCarriedInPublishedUnitsDenominatedByItsOwnDenominatorsAndScaledAsTheMetaSays()
            throws IOException {
        MetaFile meta = MetaFile.read(Files.writeString(dir.resolve("scaled.csv"), """
                iCode,iName,Level,Parent,Direction,Weight,Type,Denominator,Scale
                A1,First,1,P,1,1,Indicator,Pop,1000
                A2,Second,1,P,1,1,Indicator,,
                P,Pillar,2,,1,1,Aggregate,,
                Pop,Population,,,,,Denominator,,
                """));
        Path data = Files.writeString(dir.resolve("two-editions.csv"), """
                uCode,uName,Time,Pop,A1,A2
                XX,Xland,2019,20,,7
                XX,Xland,2018,8,2,3
                """);
        DenominateSpec byMeta = meta.withScales(MethodFile.parse(Map.of("denominate", Map.of("method", "by_meta"))))
                .denominate();

        IndexData read = DataFile.read(data, meta, byMeta);

        assertThat(byMeta.scale()).containsExactly(Map.entry("A1", 1000.0));
        // 2 / 8 (2018's population, not 2019's 20) * 1000; A2 has no denominator and no scale
        assertThat(read.previous().orElseThrow().get("XX", "A1")).isEqualTo(250.0);
        assertThat(read.previous().orElseThrow().get("XX", "A2")).isEqualTo(3.0);
        assertThat(read.indicators().get("XX", "A2")).isEqualTo(7.0);
    }

    @Test
    void aScaleOfTheMetaGivesWayToTheMethodFilesAndMustBePositive() throws IOException {
        MetaFile meta = MetaFile.read(Files.writeString(dir.resolve("scaled.csv"), """
                iCode,Level,Parent,Direction,Weight,Type,Scale
                A1,1,P,1,1,Indicator,1000
                A2,1,P,1,1,Indicator,100
                P,2,,1,1,Aggregate,
                """));
        DenominateSpec spec = meta.withScales(MethodFile.parse(Map.of("denominate",
                Map.of("method", "by_meta", "scale", Map.of("A2", 10))))).denominate();
        assertThat(spec.scale()).containsOnly(Map.entry("A1", 1000.0), Map.entry("A2", 10.0));

        Path negative = Files.writeString(dir.resolve("negative.csv"), """
                iCode,Level,Parent,Direction,Weight,Type,Scale
                A1,1,P,1,1,Indicator,-5
                P,2,,1,1,Aggregate,
                """);
        assertThatThrownBy(() -> MetaFile.read(negative)).isInstanceOf(InputFileException.class)
                .hasMessage(negative + ", line 2: column 'Scale': expected a positive number (1000000 for per"
                        + " million), found '-5'");
    }

    @Test
    void theLongLayoutIsRecognisedByItsHeader() throws IOException {
        Path data = Files.writeString(dir.resolve("iData_long.csv"), """
                uCode,uName,Region,Time,iCode,Type,value
                XX,Xland,north,2019,A1,Indicator,1
                XX,Xland,north,2019,Pop,Denominator,10
                YY,Yland,south,2019,A2,Indicator,4
                """);
        IndexData read = DataFile.read(data, meta(), NO_DENOMINATION);
        assertThat(read.indicators().get("XX", "A1")).isEqualTo(1.0);
        assertThat(read.indicators().get("XX", "A2")).isNaN();
        assertThat(read.denominators().get("XX", "Pop")).isEqualTo(10.0);
        assertThat(read.previous()).isEmpty();
    }

    @Test
    void unusableDataNameTheFileAndLine() throws IOException {
        MetaFile meta = meta();
        Path unknown = Files.writeString(dir.resolve("unknown.csv"), """
                uCode,uName,Region,Time,iCode,Type,value
                XX,Xland,north,2019,A9,Indicator,1
                """);
        assertThatThrownBy(() -> DataFile.read(unknown, meta, NO_DENOMINATION))
                .isInstanceOf(InputFileException.class)
                .hasMessage(unknown + ", line 2: column 'iCode': 'A9' is neither an indicator nor a denominator of"
                        + " the meta");
        Path text = Files.writeString(dir.resolve("text.csv"), """
                uName,uCode,Region,Time,Pop,A1,A2
                Xland,XX,north,2019,10,1,high
                """);
        assertThatThrownBy(() -> DataFile.read(text, meta, NO_DENOMINATION))
                .hasMessage(text + ", line 2: column 'A2': expected a number with a decimal point, found 'high'");
        Path noGroup = Files.writeString(dir.resolve("nogroup.csv"), "uName,uCode,Time,Pop,A1,A2\nX,XX,2019,1,1,1\n");
        assertThatThrownBy(() -> DataFile.read(noGroup, meta, NO_DENOMINATION))
                .hasMessageContaining("lacks column 'Region'");
    }

    @Test
    void aSecondWideRowOfAUnitInOneEditionIsRefusedAsTheLongLayoutRefusesASecondValue() throws IOException {
        MetaFile meta = meta();
        Path twice = Files.writeString(dir.resolve("twice.csv"), """
                uName,uCode,Region,Time,Pop,A1,A2
                Xland,XX,north,2019,10,1,2
                Yland,YY,south,2019,10,3,4
                Xland,XX,north,2020,10,5,6
                Xland,XX,north,2019,10,7,8
                """);
        assertThatThrownBy(() -> DataFile.read(twice, meta, NO_DENOMINATION)).isInstanceOf(InputFileException.class)
                .hasMessage(twice + ", line 5: a second row for unit XX in Time 2019; the wide layout has one row per"
                        + " unit and edition: remove the duplicate row or merge its values into the first");
    }
}
