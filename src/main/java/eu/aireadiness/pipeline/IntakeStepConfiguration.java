package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.IteratorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.SubmissionCheck;
import eu.aireadiness.intake.SubmissionFile;
import eu.aireadiness.intake.SubmissionStore;

/**
 * The intake step: every file waiting in the countries' folders is read, validated and stored, one file per
 * transaction. Files already received (same content in the same folder) are passed over, so a restarted or
 * repeated run stores nothing twice.
 */
@Configuration
class IntakeStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeStepConfiguration.class);

    @Bean
    Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    IteratorItemReader<SubmissionFile> droppedFilesReader,
                    NewSubmissionChecker submissionChecker,
                    ItemWriter<SubmissionCheck.Outcome> submissionWriter) {
        return new StepBuilder("intake", jobRepository)
                .<SubmissionFile, SubmissionCheck.Outcome>chunk(1)
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
    NewSubmissionChecker submissionChecker(@Value("#{jobParameters['input']}") String input, SubmissionStore store) {
        return new NewSubmissionChecker(new SubmissionCheck(new InputFolder(Path.of(input)).load()), store);
    }

    /** Checks a file unless its content was already received in that folder: such a file is passed over. */
    static class NewSubmissionChecker implements ItemProcessor<SubmissionFile, SubmissionCheck.Outcome> {

        private final SubmissionCheck check;
        private final SubmissionStore store;

        NewSubmissionChecker(SubmissionCheck check, SubmissionStore store) {
            this.check = check;
            this.store = store;
        }

        @Override
        public SubmissionCheck.Outcome process(SubmissionFile file) {
            return store.isKnown(file.folderCountry(), file.sha256()) ? null : check.check(file);
        }
    }

    @Bean
    ItemWriter<SubmissionCheck.Outcome> submissionWriter(SubmissionStore store) {
        return chunk -> {
            for (SubmissionCheck.Outcome outcome : chunk) {
                var version = store.store(outcome.file(), outcome.report());
                String where = outcome.file().folderCountry() + "/" + outcome.file().fileName();
                if (version.isPresent()) {
                    log.info("Accepted {} as version {} of {} {} ({} values, {} warnings)", where,
                            version.getAsInt(), outcome.file().folderCountry(), outcome.report().edition(),
                            outcome.report().observations().size(), outcome.report().warningCount());
                } else {
                    log.warn("Rejected {}: {}", where, outcome.report().rejectionSummary());
                }
            }
        };
    }
}
