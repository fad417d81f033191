package eu.aireadiness.intake;

import java.nio.file.Path;
import java.util.List;

import eu.aireadiness.submission.SubmissionFile;

/**
 * What the countries' folders hold at one moment, as the intake sees it.
 *
 * @param ready    the complete regular files, to be taken in, oldest first
 * @param settling the regular files changed within the settle interval: still being written, left for a later intake
 * @param skipped  the entries that are not regular files the intake may read, each to be answered with why
 */
public record DropListing(List<SubmissionFile> ready, List<Path> settling, List<SkippedEntry> skipped) {

    public DropListing {
        ready = List.copyOf(ready);
        settling = List.copyOf(settling);
        skipped = List.copyOf(skipped);
    }
}
