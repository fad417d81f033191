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
import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.validation.ValidationReport;

/**
 * The intake's writer: archives a new file, then checks and stores it as it is read, and answers the officer next
 * to it; a copy of a file received before only gets its answer.
 */
class ReceivedFileWriter implements ItemWriter<ReceivedFile> {

    private static final Logger log = LoggerFactory.getLogger(ReceivedFileWriter.class);

    private final SubmissionCheck check;
    private final SubmissionArchive archive;
    private final SubmissionStore store;
    private final PublishedEditionFiles publishedEditions;
    private final FeedbackWriter feedback = new FeedbackWriter();

    ReceivedFileWriter(SubmissionCheck check, SubmissionArchive archive, SubmissionStore store,
                       PublishedEditionFiles publishedEditions) {
        this.check = check;
        this.archive = archive;
        this.store = store;
        this.publishedEditions = publishedEditions;
    }

    @Override
    public void write(Chunk<? extends ReceivedFile> chunk) {
        for (ReceivedFile received : chunk) {
            String where = received.file().folderCountry() + "/" + FileNameText.escaped(received.file().fileName());
            if (received instanceof ReceivedFile.AlreadyReceived again) {
                feedback.writeIdentical(again.file(), again.earlier());
                log.info("Passed over {}: identical to {}", where, again.earlier().fileName());
                continue;
            }
            ReceivedFile.New file = (ReceivedFile.New) received;
            // Archived first, so that the stored row can say where the copy lies; feedback last, so that a file
            // that could not be stored gets none (the next run, which redoes it, writes it).
            Path copy = archive.keep(file.file());
            SubmissionStore.Stored stored = store.store(file.file(), copy,
                    valid -> check.check(file.file(), file.previous(), valid));
            ValidationReport report = stored.report();
            feedback.writeChecked(file.file(), report, stored.version());
            if (stored.version().isPresent()) {
                String published = publishedEditions.accepted(file.file(), report.edition());
                log.info("Accepted {} as version {} of {} {}{} ({} values, {} warnings)", where,
                        stored.version().getAsInt(), file.file().folderCountry(), report.edition(), published,
                        report.values(), report.warningCount());
            } else {
                // The summary quotes the file's cells, which may hold line breaks too: the log line stays one line.
                log.warn("Rejected {}: {}", where, FileNameText.escaped(report.rejectionSummary()));
            }
        }
    }
}
