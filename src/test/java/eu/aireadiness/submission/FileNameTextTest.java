package eu.aireadiness.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FileNameTextTest {

    @Test
    void writesControlSeparatorAndBidiCharactersAsEscapesOnOneLine() {
        assertThat(FileNameText.escaped("AIRI_2026_SK.csv")).isEqualTo("AIRI_2026_SK.csv");
        assertThat(FileNameText.escaped("a\nINFO forged.csv")).isEqualTo("a\\u000AINFO forged.csv");
        assertThat(FileNameText.escaped("report\u202Evsc.exe")).isEqualTo("report\\u202Evsc.exe");
        assertThat(FileNameText.escaped("x\u2066y\u2069\u2028\r\t\u007F")).isEqualTo(
                "x\\u2066y\\u2069\\u2028\\u000D\\u0009\\u007F");
        assertThat(FileNameText.escaped("C:\\u202E.csv")).as("a backslash is doubled, so no name can pose as an"
                + " escape").isEqualTo("C:\\\\u202E.csv");
        assertThat(FileNameText.escaped("Übersicht é ñ 中文.csv")).isEqualTo("Übersicht é ñ 中文.csv");
    }

    @Test
    void keepsAMessageOnOneLineWithoutDoublingTheEscapesOfTheNamesItQuotes() {
        String label = FileNameText.escaped("evil\nname\u202Evsc.csv");
        assertThat(FileNameText.oneLine("DE/" + label + ", row 1: found 'a\u2028b'\r\nnext")).isEqualTo(
                "DE/evil\\u000Aname\\u202Evsc.csv, row 1: found 'a\\u2028b'\\u000D\\u000Anext");
    }

    @Test
    void labelsAFileByItsCountryFolderAndItsEscapedName() {
        SubmissionFile file = new SubmissionFile(Path.of("input", "SK", "a\nINFO forged\u202E.csv"), "SK",
                "0".repeat(64), 10, Instant.EPOCH);
        assertThat(file.label()).isEqualTo("SK/a\\u000AINFO forged\\u202E.csv");
    }

    @Test
    void tellsANameThatShowsItsTextInAnotherOrder() {
        assertThat(FileNameText.reordersDisplay("report\u202Evsc.exe")).isTrue();
        assertThat(FileNameText.reordersDisplay("a\u2067b")).isTrue();
        assertThat(FileNameText.reordersDisplay("a\u200Fb")).isTrue();
        assertThat(FileNameText.reordersDisplay("AIRI_2026_SK.csv")).isFalse();
        assertThat(FileNameText.reordersDisplay("a\nb")).isFalse();
    }
}
