package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.IteratorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import eu.aireadiness.dataset.EditionDataRepository;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.FileIntake;
import eu.aireadiness.intake.SubmissionArchive;
import eu.aireadiness.intake.SubmissionStore;
import eu.aireadiness.submission.SubmissionFile;

/**
 * The intake step: every file waiting in the countries' folders is taken in ({@link FileIntake}: archived as a
 * read-only copy, then read, validated and stored as it streams in), one file per transaction, and the officer finds
 * the feedback next to the file. A file's own failure (it changed or vanished while read, it is too large) is that
 * file's outcome, rejected or skipped; the step goes on with the others and logs how many of each it took in. Files already received (same content in the same folder) are not stored again, so a restarted or repeated
 * run stores nothing twice; a copy under another name is told that it changed nothing. The limits on the files are
 * the settings {@code readiness.intake.*}.
 */
@Configuration
class IntakeStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeStepConfiguration.class);

    @Bean
    Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    IteratorItemReader<SubmissionFile> droppedFilesReader,
                    ReceivedFileProcessor receivedFileProcessor,
                    ReceivedFileWriter submissionWriter) {
        return new StepBuilder("intake", jobRepository)
                .<SubmissionFile, ReceivedFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(droppedFilesReader)
                .processor(receivedFileProcessor)
                .writer(submissionWriter)
                .listener(new TallyLog())
                .build();
    }

    @Bean
    @StepScope
    IteratorItemReader<SubmissionFile> droppedFilesReader(@Value("#{jobParameters['input']}") String input,
                                                          IntakeProperties intake) {
        InputFolder folder = new InputFolder(Path.of(input));
        List<SubmissionFile> files = DropFolders.files(folder, folder.load().countries(),
                DropFolders.DEFAULT_QUIET_PERIOD, Instant.now(), intake.limits());
        log.info("Intake: {} file(s) in the countries' folders of {}", files.size(), folder.root());
        return new IteratorItemReader<>(files);
    }

    @Bean
    ReceivedFileProcessor receivedFileProcessor(SubmissionStore store, EditionDataRepository editions) {
        return new ReceivedFileProcessor(store, editions);
    }

    /**
     * Passes a file on as new unless its content was already received in that folder. The very file received
     * before, still lying there under its name, is passed over: its feedback was written when it arrived. The
     * check itself is the writer's, which stores the values as they are read.
     */
    static class ReceivedFileProcessor implements ItemProcessor<SubmissionFile, ReceivedFile> {

        private final SubmissionStore store;
        private final EditionDataRepository editions;

        ReceivedFileProcessor(SubmissionStore store, EditionDataRepository editions) {
            this.store = store;
            this.editions = editions;
        }

        @Override
        public ReceivedFile process(SubmissionFile file) {
            Optional<SubmissionStore.StoredSubmission> earlier = store.received(file.folderCountry(), file.sha256());
            if (earlier.isEmpty()) {
                return new ReceivedFile.New(file, editions.previousValues());
            }
            return earlier.get().fileName().equals(file.fileName()) ? null
                    : new ReceivedFile.AlreadyReceived(file, earlier.get());
        }
    }

    @Bean
    @StepScope
    ReceivedFileWriter submissionWriter(@Value("#{jobParameters['input']}") String input,
                                        @Value("#{jobParameters['archive']}") String archiveFolder,
                                        @Value("#{stepExecution}") StepExecution step,
                                        SubmissionStore store, IntakeProperties intake) {
        return new ReceivedFileWriter(new FileIntake(new InputFolder(Path.of(input)).load(), intake.limits()),
                new SubmissionArchive(Path.of(archiveFolder)), store, step);
    }

    /** The step's one line of counts, in the annual run as in the intake alone. */
    static final class TallyLog implements StepExecutionListener {

        @Override
        public ExitStatus afterStep(StepExecution step) {
            IntakeTally tally = IntakeTally.of(step);
            log.info("Intake: {} new file(s): {}", tally.files(), tally.summary());
            return null;
        }
    }
}
