package eu.aireadiness.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.aireadiness.framework.Country;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.submission.SubmissionFile;

/** The feedback the intake writes next to an officer's file is never taken for a submission. */
class DropFoldersFeedbackTest {

    @Test
    void feedbackFilesAreNotSubmissions(@TempDir Path input) throws IOException {
        Path folder = Files.createDirectories(input.resolve("DE"));
        Path submission = Files.writeString(folder.resolve("AIRI_2026_DE.csv"), "REF_AREA\n");
        Files.writeString(FeedbackFiles.textFor(submission), "Feedback on DE/AIRI_2026_DE.csv\n");
        Files.writeString(FeedbackFiles.csvFor(submission), "file,row,column,value,severity,rule,message\n");

        List<SubmissionFile> files = DropFolders.files(new InputFolder(input),
                List.of(new Country("DE", "Germany", "Deutschland")), Duration.ZERO, Instant.now(),
                SubmissionLimits.DEFAULT);

        assertThat(files).extracting(SubmissionFile::fileName).containsExactly("AIRI_2026_DE.csv");
        assertThat(FeedbackFiles.textFor(submission).getFileName()).hasToString("AIRI_2026_DE.csv.feedback.txt");
        assertThat(FeedbackFiles.csvFor(submission).getFileName()).hasToString("AIRI_2026_DE.csv.feedback.csv");
    }
}
