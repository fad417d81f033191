package eu.aireadiness.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.aireadiness.dataset.EditionDataRepository;
import eu.aireadiness.intake.FeedbackFiles;
import eu.aireadiness.intake.SubmissionStore;
import eu.aireadiness.submission.SubmissionFile;

/**
 * One file's failure is that file's only: beside three valid files of other countries, a file that vanishes between
 * the listing and its reading, one that changes in between (it is still being written), a sparse file of 2 GiB, and
 * a folder named like a submission. The valid files are accepted, the job completes and says how many files were
 * accepted, rejected and skipped, and each file that was looked at has its feedback. The file that changed is read
 * again by the next run, once it has stopped changing, and the file that vanished when it comes back.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeFileFailuresTest {

    private static final EditionWorkspace WORKSPACE = EditionWorkspace.create("airi-file-failures");
    private static final Set<String> KEPT = Set.of("DE/AIRI_2026_DE.csv", "NL/AIRI_NL_2026.xlsx",
            "FR/AIRI-2026-FR.csv");
    private static final Path VANISHING = WORKSPACE.input().resolve("AT/AIRI_2026_AT.csv");
    private static final Path GROWING = WORKSPACE.input().resolve("BE/BE_AI_readiness_2026.csv");
    private static final Path HUGE = WORKSPACE.input().resolve("CZ/AIRI_2026_CZ.csv");
    private static final Path FOLDER = WORKSPACE.input().resolve("DK/x.csv");
    private static final long TWO_GIB = 2L * 1024 * 1024 * 1024;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("readiness.database", () -> WORKSPACE.database().toString());
    }

    /**
     * Between the listing of the folders and the writer's reading of a file: the step's processor runs for each
     * file in that gap, so the real one, given a file, first removes the vanishing file or appends to the growing
     * one, once each.
     */
    @TestConfiguration
    static class ChangesAfterListing {

        @Bean
        static BeanPostProcessor changeFilesAfterListing(ObjectProvider<SubmissionStore> store,
                                                         ObjectProvider<EditionDataRepository> editions) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof IntakeStepConfiguration.ReceivedFileProcessor)) {
                        return bean;
                    }
                    return new IntakeStepConfiguration.ReceivedFileProcessor(store.getObject(),
                            editions.getObject()) {
                        private boolean done;

                        @Override
                        public ReceivedFile process(SubmissionFile file) {
                            if (!done && file.path().equals(VANISHING)) {
                                delete(VANISHING);
                            }
                            if (!done && file.path().equals(GROWING)) {
                                append(GROWING);
                                done = true;
                            }
                            return super.process(file);
                        }
                    };
                }
            };
        }

        private static void delete(Path file) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        private static void append(Path file) {
            try {
                Files.writeString(file, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Autowired
    IntakeRun intakeRun;

    @Autowired
    JdbcTemplate jdbc;

    AnnualRun.Outcome first;
    Map<String, Map<String, Object>> afterFirst;
    List<String> archivedAfterFirst;
    boolean vanishedAfterFirst;
    String vanishedFeedback;
    String vanishedFeedbackCsv;
    AnnualRun.Outcome second;
    AnnualRun.Outcome third;

    @BeforeAll
    void dropHostileFilesBesideValidOnesAndRunTwice() throws Exception {
        Path input = WORKSPACE.input();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(p -> p.getParent().getParent().equals(input)).toList()) {
                if (!KEPT.contains(input.relativize(file).toString()) && !file.equals(VANISHING)
                        && !file.equals(GROWING)) {
                    Files.delete(file);
                }
            }
        }
        byte[] vanishing = Files.readAllBytes(VANISHING);
        assertThat(GROWING).exists();
        try (RandomAccessFile sparse = new RandomAccessFile(HUGE.toFile(), "rw")) {
            sparse.setLength(TWO_GIB);
        }
        Files.createDirectories(FOLDER);
        for (Path file : List.of(VANISHING, GROWING, HUGE, FOLDER)) {
            settle(file);
        }

        first = intakeRun.run(WORKSPACE.settings());
        afterFirst = submissions();
        try (Stream<Path> archived = Files.walk(WORKSPACE.archive())) {
            archivedAfterFirst = archived.filter(Files::isRegularFile)
                    .map(p -> p.getParent().getFileName().toString()).toList();
        }
        vanishedAfterFirst = Files.notExists(VANISHING);
        vanishedFeedback = Files.readString(FeedbackFiles.textFor(VANISHING));
        vanishedFeedbackCsv = Files.readString(FeedbackFiles.csvFor(VANISHING));
        // The growing file has stopped changing: the next run reads it.
        settle(GROWING);
        second = intakeRun.run(WORKSPACE.settings());
        // The file that vanished is put back as it was: the same content, which was skipped, not received.
        settle(Files.write(VANISHING, vanishing));
        third = intakeRun.run(WORKSPACE.settings());
    }

    /** Last changed a minute ago: past the quiet period in which a file may still be being copied. */
    private static void settle(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void theJobCompletesAndCountsWhatBecameOfEachFile() {
        assertThat(first.success()).as(first.message()).isTrue();
        assertThat(first.message()).startsWith("6 new file(s) taken in from " + WORKSPACE.input().toAbsolutePath())
                .contains(": 3 accepted, 1 rejected, 2 skipped (tried again at the next run);");
    }

    @Test
    void theValidFilesOfTheOtherCountriesAreAccepted() throws IOException {
        assertThat(afterFirst).hasSize(6);
        for (String file : KEPT) {
            assertThat(afterFirst.get(file)).as(file).containsEntry("STATUS", "ACCEPTED").containsEntry("VERSION", 1);
            assertThat(Files.readString(feedbackOf(file))).contains("ACCEPTED as version 1");
        }
    }

    @Test
    void theHugeFileIsRejectedByItsSizeWithoutACopy() throws IOException {
        assertThat(afterFirst.get("CZ/AIRI_2026_CZ.csv")).containsEntry("STATUS", "REJECTED")
                .containsEntry("ARCHIVE_PATH", null).containsEntry("SIZE_BYTES", TWO_GIB);
        assertThat(jdbc.queryForList("SELECT p.rule FROM validation_problem p JOIN submission s"
                + " ON s.id = p.submission_id WHERE s.country = 'CZ'", String.class)).containsExactly("FILE_TOO_LARGE");
        assertThat(WORKSPACE.archive().resolve("CZ")).doesNotExist();
        assertThat(archivedAfterFirst).as("the changed file's partial copy is not kept either")
                .containsExactlyInAnyOrder("DE", "NL", "FR");
        assertThat(Files.readString(FeedbackFiles.textFor(HUGE))).contains("REJECTED")
                .contains("CZ/AIRI_2026_CZ.csv: the file is 2,048 MB, more than the 20 MB a submission may be");
        assertThat(HUGE).hasSize(TWO_GIB);
    }

    @Test
    void theFileThatVanishedIsSkippedAndToldWhy() throws IOException {
        assertThat(afterFirst.get("AT/AIRI_2026_AT.csv")).containsEntry("STATUS", "SKIPPED")
                .containsEntry("ARCHIVE_PATH", null).containsEntry("VERSION", null);
        assertThat(vanishedAfterFirst).isTrue();
        assertThat(vanishedFeedback).contains("SKIPPED")
                .contains("AT/AIRI_2026_AT.csv: the file was removed or renamed before it could be read");
        assertThat(vanishedFeedbackCsv).contains(",ERROR,FILE_VANISHED,");
    }

    @Test
    void theFileThatVanishedIsTakenInWhenItComesBackTheSame() throws IOException {
        assertThat(third.success()).as(third.message()).isTrue();
        assertThat(third.message()).startsWith("1 new file(s) taken in").contains(": 1 accepted, 0 rejected,"
                + " 0 skipped;");
        assertThat(jdbc.queryForList("SELECT status FROM submission WHERE country = 'AT'", String.class))
                .as("the skipped row gives way to its retry").containsExactly("ACCEPTED");
        assertThat(Files.readString(FeedbackFiles.textFor(VANISHING))).contains("ACCEPTED as version 1");
    }

    @Test
    void theFileThatChangedIsSkippedThenTakenInByTheNextRun() throws IOException {
        assertThat(afterFirst.get("BE/BE_AI_readiness_2026.csv")).containsEntry("STATUS", "SKIPPED")
                .containsEntry("ARCHIVE_PATH", null);
        assertThat((String) afterFirst.get("BE/BE_AI_readiness_2026.csv").get("REJECTION_REASON"))
                .contains("will be read again once it stops changing");

        assertThat(second.success()).as(second.message()).isTrue();
        assertThat(second.message()).startsWith("1 new file(s) taken in").contains(": 1 accepted, 0 rejected,"
                + " 0 skipped;");
        assertThat(jdbc.queryForList("SELECT status FROM submission WHERE country = 'BE' ORDER BY id", String.class))
                .containsExactly("SKIPPED", "ACCEPTED");
        assertThat(Files.readString(FeedbackFiles.textFor(GROWING))).contains("ACCEPTED as version 1");
    }

    @Test
    void theFolderNamedLikeASubmissionIsLeftAlone() {
        assertThat(FOLDER).isDirectory().isEmptyDirectory();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE country = 'DK'", Integer.class))
                .isZero();
    }

    private static Path feedbackOf(String file) {
        return FeedbackFiles.textFor(WORKSPACE.input().resolve(file));
    }

    private Map<String, Map<String, Object>> submissions() {
        return jdbc.queryForList("SELECT country, file_name, status, version, archive_path, size_bytes,"
                        + " rejection_reason FROM submission").stream()
                .collect(Collectors.toMap(row -> row.get("COUNTRY") + "/" + row.get("FILE_NAME"), row -> row));
    }
}
