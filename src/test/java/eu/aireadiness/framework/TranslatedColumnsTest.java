package eu.aireadiness.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts of the input tables in other languages: the columns {@code <name>_<language>}, English where a file has no
 * such column or leaves the cell empty, so that files written before the columns existed are read as before.
 */
class TranslatedColumnsTest {

    @TempDir
    Path dir;

    @Test
    void theShippedEditionsGiveTheTitleAndNoticeInGermanAndFrench() {
        EditionInfo edition = EditionsReader.read(Path.of("input/editions.csv")).get(1);
        assertThat(edition.title("de")).isEqualTo("Europäischer Index der KI-Bereitschaft 2026");
        assertThat(edition.title("fr")).isEqualTo("Indice européen de préparation à l’IA 2026");
        assertThat(edition.dataNotice("de")).startsWith("Beispieldaten:");
        assertThat(edition.dataNotice("fr")).startsWith("Données d’illustration");
        assertThat(edition.dataNotice("en")).isEqualTo(edition.dataNotice()).startsWith("Illustrative data:");
    }

    @Test
    void anEditionsFileWithoutTranslationsGivesTheEnglishTextInEveryLanguage() throws Exception {
        Path file = Files.writeString(dir.resolve("editions.csv"),
                "edition,title,publication_date,data_status,data_notice,state,data_notice_fr\n"
                        + "2026,Index 2026,2026-12-01,official,Official statistics.,open,\n");
        EditionInfo edition = EditionsReader.read(file).get(0);
        assertThat(edition.title("de")).isEqualTo("Index 2026");
        assertThat(edition.dataNotice("de")).isEqualTo("Official statistics.");
        assertThat(edition.dataNotice("fr")).as("an empty cell falls back too").isEqualTo("Official statistics.");
    }

    @Test
    void theShippedCodebookGivesDecimalsTargetSourcesAndDefinitionsPerLanguage() {
        Codebook codebook = CodebookReader.read(Path.of("input/codebook.csv"));
        Indicator price = codebook.indicator("GRN4").orElseThrow();
        Indicator code = codebook.indicator("CMP4").orElseThrow();
        Indicator skills = codebook.indicator("SKL1").orElseThrow();
        assertThat(List.of(price.decimals(), code.decimals(), skills.decimals())).containsExactly(3, 0, 1);
        assertThat(skills.targetSource("de").orElseThrow()).startsWith("Ziel der Digitalen Dekade 2030");
        assertThat(skills.targetSource("fr").orElseThrow()).startsWith("Objectif de la décennie numérique 2030");
        assertThat(skills.targetSource("en")).isEqualTo(skills.targetSource());
        assertThat(code.targetSource("de")).isEmpty();
        assertThat(price.definition("fr")).startsWith("Prix de l’électricité");
        assertThat(codebook.pillar("SKL").orElseThrow().definition("de")).contains("Säule SKL");
    }

    @Test
    void aCodebookWithoutTheNewColumnsKeepsEnglishTextsAndDerivesDecimals() throws Exception {
        Path file = Files.writeString(dir.resolve("codebook.csv"),
                "code,name,level,parent,direction,weight,submission_unit,denominator,scale,unit,plausible_min,"
                        + "plausible_max,goal_floor,goal_target,target_2030,target_source,definition\n"
                        + "IX,Index,3,,+,1,,,,score,,,,,,,The index.\n"
                        + "P,Pillar,2,IX,+,1,,,,score,,,,,,,The pillar.\n"
                        + "A1,Share,1,P,+,1,PC,,1,%,0,100,10,95,80,A target,A share.\n"
                        + "A2,Price,1,P,-,1,EUR_KWH,,1,EUR/kWh,0,1,0.08,0.35,,,A price.\n"
                        + "A3,Code,1,P,+,1,CODE,,1,0-2,0,2,0,2,,,A code.\n"
                        + "A4,Capacity,1,P,+,1,MW,,1,MW,0,1000,5,300,,,A capacity.\n");
        Codebook codebook = CodebookReader.read(file);
        // Three significant digits over the goalposts' span: 85 -> 1, 0.27 -> 3, a code -> 0, 295 -> 0.
        assertThat(codebook.indicators()).extracting(Indicator::decimals).containsExactly(1, 3, 0, 0);
        Indicator share = codebook.indicator("A1").orElseThrow();
        assertThat(share.targetSource("fr")).contains("A target");
        assertThat(share.definition("de")).isEqualTo("A share.");
    }
}
