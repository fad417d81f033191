package eu.aireadiness.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The names uploads are stored under: no path, no control or reordering character, no leading dot. */
class UploadNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "DE_AIRI_2026.csv|DE_AIRI_2026.csv",
            "../../etc/passwd.csv|passwd.csv",
            "..\\..\\Windows\\figures.XLSX|figures.xlsx",
            "C:\\Users\\me\\My figures 2026.xlsx|My_figures_2026.xlsx",
            ".hidden.csv|hidden.csv",
            "~$lock.xlsx|lock.xlsx",
            "...csv|upload.csv",
            "Données été.csv|Données_été.csv",
    })
    void keepsOnlyASafeLastSegment(String sent, String stored) {
        UploadName name = UploadName.of(sent).orElseThrow();
        assertThat(name.stored()).isEqualTo(stored);
        assertThat(name.original()).isEqualTo(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0007b\u0000c.csv", "a\nb\rc.csv", "a\u202Eb\u200Fc.csv"})
    void replacesControlAndReorderingCharacters(String sent) {
        assertThat(UploadName.of(sent).orElseThrow().stored()).isEqualTo("a_b_c.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"figures.pdf", "figures.csv.exe", "figures", "", "figures.xls"})
    void refusesWhatTheIntakeDoesNotRead(String sent) {
        assertThat(UploadName.of(sent)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void boundsTheLengthAndNumbersATakenName() {
        UploadName name = UploadName.of("é".repeat(300) + ".csv").orElseThrow();
        assertThat(name.stored()).isEqualTo("é".repeat(UploadName.MAX_STORED_BYTES / 2) + ".csv");
        assertThat(UploadName.of("DE.csv").orElseThrow().numbered(2)).isEqualTo("DE-2.csv");
    }
}
