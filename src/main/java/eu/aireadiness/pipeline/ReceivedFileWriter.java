package eu.aireadiness.pipeline;

import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import eu.aireadiness.feedback.FeedbackWriter;
import eu.aireadiness.intake.FileIntake;
import eu.aireadiness.intake.SubmissionArchive;
import eu.aireadiness.intake.SubmissionStore;
import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.validation.ValidationReport;

/**
 * The intake's writer: takes each new file in ({@link FileIntake}) and answers the officer next to it; a copy of a
 * file received before only gets its answer. A file's own failure is its outcome, so the other files go on.
 */
class ReceivedFileWriter implements ItemWriter<ReceivedFile> {

    private static final Logger log = LoggerFactory.getLogger(ReceivedFileWriter.class);

    private final FileIntake intake;
    private final SubmissionArchive archive;
    private final SubmissionStore store;
    private final PublishedEditionFiles publishedEditions;
    private final StepExecution step;
    private final Runnable databaseStillOpen;
    private final IntakeCounters counters;
    private final FeedbackWriter feedback = new FeedbackWriter();

    /**
     * @param databaseStillOpen throws when the database file is no longer the one in use ({@code watch} on H2): it
     *                          is asked before each file is stored and before its feedback is written, so that no
     *                          file listed after the database was deleted is accepted into the lost file
     */
    ReceivedFileWriter(FileIntake intake, SubmissionArchive archive, SubmissionStore store,
                       PublishedEditionFiles publishedEditions, StepExecution step, Runnable databaseStillOpen,
                       IntakeCounters counters) {
        this.counters = counters;
        this.intake = intake;
        this.archive = archive;
        this.store = store;
        this.publishedEditions = publishedEditions;
        this.step = step;
        this.databaseStillOpen = databaseStillOpen;
    }

    @Override
    public void write(Chunk<? extends ReceivedFile> chunk) {
        for (ReceivedFile received : chunk) {
            String where = received.file().label();
            if (received instanceof ReceivedFile.AlreadyReceived again) {
                feedback.writeIdentical(again.file(), again.earlier());
                log.info("Passed over {}: identical to {}", where, FileNameText.escaped(again.earlier().fileName()));
                IntakeTally.count(step, IntakeTally.Kind.IDENTICAL);
                continue;
            }
            ReceivedFile.New file = (ReceivedFile.New) received;
            // Feedback last, so that a file that could not be stored gets none (the next run, which redoes it,
            // writes it).
            databaseStillOpen.run();
            FileIntake.Outcome outcome = intake.takeIn(file.file(), file.previous(), archive, store);
            databaseStillOpen.run();
            if (outcome instanceof FileIntake.Skipped skipped) {
                answerSkipped(skipped);
                IntakeTally.count(step, IntakeTally.Kind.SKIPPED);
                continue;
            }
            SubmissionStore.Stored stored = ((FileIntake.Checked) outcome).stored();
            ValidationReport report = stored.report();
            feedback.writeChecked(file.file(), report, stored.version());
            if (stored.version().isPresent()) {
                String published = publishedEditions.accepted(file.file(), report.edition());
                log.info("Accepted {} as version {} of {} {}{} ({} values, {} warnings)", where,
                        stored.version().getAsInt(), file.file().folderCountry(), report.edition(), published,
                        report.values(), report.warningCount());
                IntakeTally.count(step, IntakeTally.Kind.ACCEPTED);
                counters.accepted(file.file().folderCountry());
            } else {
                // The summary quotes the file's cells, which may hold line breaks too: the log line stays one line.
                log.warn("Rejected {}: {}", where, FileNameText.oneLine(report.rejectionSummary()));
                IntakeTally.count(step, IntakeTally.Kind.REJECTED);
                counters.rejected(file.file().folderCountry());
            }
        }
    }

    /** A file that vanished may have taken its folder with it: then no feedback can be written, and that is all. */
    private void answerSkipped(FileIntake.Skipped skipped) {
        log.warn("Skipped {}", skipped.why().message());
        log.debug("Why {} was skipped", skipped.file().path(), skipped.cause());
        try {
            feedback.writeSkipped(skipped.file(), skipped.why());
        } catch (UncheckedIOException e) {
            log.warn("No feedback on the skipped file {}: {}", skipped.file().path(), e.getMessage());
        }
    }
}
