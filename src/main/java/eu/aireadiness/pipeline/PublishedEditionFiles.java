package eu.aireadiness.pipeline;

import java.util.List;

import eu.aireadiness.dataset.RevisionRepository;
import eu.aireadiness.framework.EditionInfo;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.validation.EditionAdmissions;
import eu.aireadiness.validation.EditionAdmissions.Admission;

/**
 * What the intake does once a file for a published edition is accepted: a revision is recorded for the notes of the
 * next publication (the published files stay as they are), and the log line says which of the two it was.
 */
final class PublishedEditionFiles {

    private final EditionAdmissions admissions;
    private final List<EditionInfo> editions;
    private final RevisionRepository revisions;

    PublishedEditionFiles(EditionAdmissions admissions, List<EditionInfo> editions, RevisionRepository revisions) {
        this.admissions = admissions;
        this.editions = List.copyOf(editions);
        this.revisions = revisions;
    }

    /** Records an accepted file of {@code edition}; returns what the log line adds about it ("" for an open one). */
    String accepted(SubmissionFile file, int edition) {
        Admission admission = admissions.of(edition).orElse(Admission.OPEN);
        return switch (admission) {
            case OPEN, CLOSED -> "";
            case INITIAL_LOAD -> " (initial load of the published edition " + edition + ")";
            case REVISION -> {
                int listedIn = IntakeEditions.listingRevisionsOf(edition, editions);
                revisions.record(file.folderCountry(), file.sha256(), edition, listedIn);
                yield " (a revision of the published edition " + edition + ", listed in the notes of "
                        + (listedIn == 0 ? "the next publication" : "the " + listedIn + " publication") + ")";
            }
        };
    }
}
