package eu.aireadiness.pipeline;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import eu.aireadiness.feedback.FeedbackWriter;
import eu.aireadiness.intake.SubmissionArchive;
import eu.aireadiness.intake.SubmissionCheck;
import eu.aireadiness.intake.SubmissionStore;

/**
 * The intake's writer: archives and stores a checked file, then answers the officer next to it; a copy of a file
 * received before only gets its answer.
 */
class ReceivedFileWriter implements ItemWriter<ReceivedFile> {

    private static final Logger log = LoggerFactory.getLogger(ReceivedFileWriter.class);

    private final SubmissionArchive archive;
    private final SubmissionStore store;
    private final FeedbackWriter feedback = new FeedbackWriter();

    ReceivedFileWriter(SubmissionArchive archive, SubmissionStore store) {
        this.archive = archive;
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends ReceivedFile> chunk) {
        for (ReceivedFile received : chunk) {
            String where = received.file().folderCountry() + "/" + received.file().fileName();
            if (received instanceof ReceivedFile.AlreadyReceived again) {
                feedback.writeIdentical(again.file(), again.earlier());
                log.info("Passed over {}: identical to {}", where, again.earlier().fileName());
                continue;
            }
            SubmissionCheck.Outcome outcome = ((ReceivedFile.Checked) received).outcome();
            // Archived first, so that the stored row can say where the copy lies; feedback last, so that a file
            // that could not be stored gets none (the next run, which redoes it, writes it).
            Path copy = archive.keep(outcome.file());
            var version = store.store(outcome.file(), outcome.report(), copy);
            feedback.writeChecked(outcome.file(), outcome.report(), version);
            if (version.isPresent()) {
                log.info("Accepted {} as version {} of {} {} ({} values, {} warnings)", where,
                        version.getAsInt(), outcome.file().folderCountry(), outcome.report().edition(),
                        outcome.report().observations().size(), outcome.report().warningCount());
            } else {
                log.warn("Rejected {}: {}", where, outcome.report().rejectionSummary());
            }
        }
    }
}
