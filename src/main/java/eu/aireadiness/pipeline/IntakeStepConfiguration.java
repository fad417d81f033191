package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.support.IteratorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.SubmissionArchive;
import eu.aireadiness.dataset.EditionDataRepository;
import eu.aireadiness.dataset.EditionDataSet;
import eu.aireadiness.dataset.SubmittedValue;
import eu.aireadiness.intake.SubmissionCheck;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.intake.SubmissionFile;
import eu.aireadiness.intake.SubmissionStore;

/**
 * The intake step: every file waiting in the countries' folders is read, validated, archived (a read-only copy) and
 * stored, one file per transaction, and the officer finds the feedback next to the file. Files already received
 * (same content in the same folder) are not stored again, so a restarted or repeated run stores nothing twice; a
 * copy under another name is told that it changed nothing.
 */
@Configuration
class IntakeStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeStepConfiguration.class);

    @Bean
    Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    IteratorItemReader<SubmissionFile> droppedFilesReader,
                    NewSubmissionChecker submissionChecker,
                    ReceivedFileWriter submissionWriter) {
        return new StepBuilder("intake", jobRepository)
                .<SubmissionFile, ReceivedFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(droppedFilesReader)
                .processor(submissionChecker)
                .writer(submissionWriter)
                .build();
    }

    @Bean
    @StepScope
    IteratorItemReader<SubmissionFile> droppedFilesReader(@Value("#{jobParameters['input']}") String input) {
        InputFolder folder = new InputFolder(Path.of(input));
        List<SubmissionFile> files = DropFolders.files(folder, folder.load().countries());
        log.info("Intake: {} file(s) in the countries' folders of {}", files.size(), folder.root());
        return new IteratorItemReader<>(files);
    }

    @Bean
    @StepScope
    NewSubmissionChecker submissionChecker(@Value("#{jobParameters['input']}") String input, SubmissionStore store,
                                           EditionDataRepository editions) {
        return new NewSubmissionChecker(new SubmissionCheck(new InputFolder(Path.of(input)).load()), store, editions);
    }

    /**
     * Checks a file unless its content was already received in that folder. The very file received before, still
     * lying there under its name, is passed over: its feedback was written when it arrived.
     */
    static class NewSubmissionChecker implements ItemProcessor<SubmissionFile, ReceivedFile> {

        private final SubmissionCheck check;
        private final SubmissionStore store;
        private final EditionDataRepository editions;

        NewSubmissionChecker(SubmissionCheck check, SubmissionStore store, EditionDataRepository editions) {
            this.check = check;
            this.store = store;
            this.editions = editions;
        }

        @Override
        public ReceivedFile process(SubmissionFile file) {
            Optional<SubmissionStore.StoredSubmission> earlier = store.received(file.folderCountry(), file.sha256());
            if (earlier.isEmpty()) {
                return new ReceivedFile.Checked(check.check(file, previousValues()));
            }
            return earlier.get().fileName().equals(file.fileName()) ? null
                    : new ReceivedFile.AlreadyReceived(file, earlier.get());
        }

        /**
         * The accepted values of earlier editions, each edition loaded once per file and not across files: a file of
         * this same run may just have become the previous edition's accepted version.
         */
        private PreviousValues previousValues() {
            Map<Integer, EditionDataSet> loaded = new HashMap<>();
            return (country, edition, indicator) -> loaded.computeIfAbsent(edition, editions::load)
                    .value(country, indicator).map(SubmittedValue::value).filter(v -> !Double.isNaN(v))
                    .map(OptionalDouble::of).orElseGet(OptionalDouble::empty);
        }
    }

    @Bean
    @StepScope
    ReceivedFileWriter submissionWriter(@Value("#{jobParameters['archive']}") String archiveFolder,
                                        SubmissionStore store) {
        return new ReceivedFileWriter(new SubmissionArchive(Path.of(archiveFolder)), store);
    }
}
