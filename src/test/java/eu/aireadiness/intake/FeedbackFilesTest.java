package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FeedbackFilesTest {

    @Test
    void answersAFileUnderItsNameAndTheSuffix() {
        assertThat(FeedbackFiles.textFor(Path.of("SK/AIRI_2026_SK.csv"))).isEqualTo(
                Path.of("SK/AIRI_2026_SK.csv.feedback.txt"));
        assertThat(FeedbackFiles.csvFor(Path.of("SK/AIRI_2026_SK.csv"))).isEqualTo(
                Path.of("SK/AIRI_2026_SK.csv.feedback.csv"));
    }

    @Test
    void cutsANameTooLongForTheSuffixAtACharacterAndTellsTwoSuchNamesApart() {
        String first = "é".repeat(125) + "a.csv";
        String second = "é".repeat(125) + "b.csv";

        String one = FeedbackFiles.name(first, ".feedback.txt");
        String two = FeedbackFiles.name(second, ".feedback.txt");

        // 255 bytes: 9 for "-" and eight hex digits, 13 for the suffix, leaving 233: 116 é of 2 bytes each.
        assertThat(one).startsWith("é".repeat(116) + "-").endsWith(".feedback.txt").hasSize(116 + 9 + 13);
        assertThat(one.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(255);
        assertThat(two).isNotEqualTo(one);
        assertThat(FeedbackFiles.isFeedback(one)).isTrue();
    }
}
