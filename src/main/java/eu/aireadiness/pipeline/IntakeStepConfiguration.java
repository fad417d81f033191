package eu.aireadiness.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import eu.aireadiness.database.DatabaseFileGuard;
import eu.aireadiness.dataset.EditionDataRepository;
import eu.aireadiness.dataset.RevisionRepository;
import eu.aireadiness.framework.Framework;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.feedback.SkippedEntryFeedback;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.intake.DropListing;
import eu.aireadiness.intake.SkippedEntry;
import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.intake.FileIntake;
import eu.aireadiness.intake.SubmissionArchive;
import eu.aireadiness.intake.SubmissionStore;
import eu.aireadiness.intake.WorkbookWarmUp;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.validation.EditionAdmissions;

/**
 * The intake step: every file waiting in the countries' folders is taken in ({@link FileIntake}: archived as a
 * read-only copy, then read, validated and stored as it streams in), one file per transaction, and the officer finds
 * the feedback next to the file. A file's own failure (it changed or vanished while read, it is too large) is that
 * file's outcome, rejected or skipped; the step goes on with the others and logs how many of each it took in. Files
 * already received (same content in the same folder) are not stored again, so a restarted or repeated run stores
 * nothing twice; a copy under another name is told that it changed nothing. The limits on the files are the settings
 * {@code readiness.intake.*}.
 */
@Configuration
class IntakeStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeStepConfiguration.class);

    @Bean
    Step intakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    IteratorItemReader<SubmissionFile> droppedFilesReader,
                    ReceivedFileProcessor receivedFileProcessor,
                    ReceivedFileWriter submissionWriter, StageProgress progress) {
        return new StepBuilder("intake", jobRepository)
                .<SubmissionFile, ReceivedFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(droppedFilesReader)
                .processor(receivedFileProcessor)
                .writer(submissionWriter)
                .listener(new TallyLog())
                .listener(progress)
                .build();
    }

    @Bean
    @StepScope
    IteratorItemReader<SubmissionFile> droppedFilesReader(EditionContext context, IntakeProperties intake) {
        InputFolder folder = context.folder();
        DropListing listing = DropFolders.list(folder, context.framework().countries(), intake.settle(),
                Instant.now(), intake.limits());
        log.info("Intake: {} file(s) in the countries' folders of {}", listing.ready().size(), folder.root());
        WorkbookWarmUp.startIfAnyWorkbook(listing.ready());
        if (!listing.settling().isEmpty()) {
            log.info("Intake: {} file(s) changed within the last {} s, still being written, left for the next"
                            + " intake: {}", listing.settling().size(), intake.settle().toSeconds(),
                    listing.settling().stream().map(IntakeStepConfiguration::label).collect(Collectors.joining(", ")));
        }
        listing.skipped().forEach(IntakeStepConfiguration::answer);
        return new IteratorItemReader<>(listing.ready());
    }

    /**
     * Tells the officer, next to the entry, why it was skipped, and the log in one line; an entry answered by an
     * earlier intake is not logged again.
     */
    private static void answer(SkippedEntry entry) {
        try {
            if (SkippedEntryFeedback.write(entry)) {
                log.warn("Skipped {}: {} (feedback written next to it)", entry.label(), entry.problem().rule());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Skipped {}: {}; its feedback could not be written ({}). Remove the entry from the folder",
                    entry.label(), entry.problem().rule(), e.getClass().getSimpleName());
        }
    }

    private static String label(Path file) {
        return file.getParent().getFileName() + "/" + FileNameText.escaped(file.getFileName().toString());
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
    ReceivedFileWriter submissionWriter(EditionContext context,
                                        @Value("#{jobParameters['archive']}") String archiveFolder,
                                        @Value("#{stepExecution}") StepExecution step,
                                        SubmissionStore store, IntakeProperties intake,
                                        EditionDataRepository data, RevisionRepository revisions,
                                        ObjectProvider<DatabaseFileGuard> databaseFile,
                                        ObjectProvider<MeterRegistry> meters) {
        Framework framework = context.framework();
        EditionAdmissions admissions = IntakeEditions.decide(framework.editions(), data.editionsWithData(),
                step.getExecutionContext());
        log.info("Intake: editions and the files they take: {}", admissions.describe());
        return new ReceivedFileWriter(new FileIntake(framework, admissions, intake.limits()),
                new SubmissionArchive(Path.of(archiveFolder), intake.limits()), store,
                new PublishedEditionFiles(admissions, framework.editions(), revisions), step,
                () -> databaseFile.ifAvailable(DatabaseFileGuard::confirmStillOpen),
                new IntakeCounters(meters.getIfAvailable()));
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
