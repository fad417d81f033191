package eu.aireadiness.intake;

import java.nio.file.Path;

import eu.aireadiness.submission.FileNameText;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.ValidationProblem;

/**
 * An entry of a country's folder that the intake does not open, because it is not a regular file it may read: it is
 * skipped, and the officer is told why next to it.
 *
 * @param path          where it lies
 * @param folderCountry the country whose folder holds it
 * @param kind          what it is
 */
public record SkippedEntry(Path path, String folderCountry, Kind kind) {

    /** What an entry is, when it is not a regular file the intake may read. */
    public enum Kind {
        /** A symbolic link, valid, dangling or looping alike: it may point anywhere, so it is never followed. */
        SYMBOLIC_LINK,
        /** A folder inside a country's folder: only the files directly in the country's folder are read. */
        FOLDER,
        /** A named pipe, socket or device: opening one may block or never end. */
        SPECIAL_FILE,
        /** A regular file that could not be opened or read. */
        UNREADABLE
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** How messages and logs name it: the country folder and the name, escaped to one line. */
    public String label() {
        return folderCountry + "/" + FileNameText.escaped(fileName());
    }

    /** Why it was skipped and what to do, as one problem of the whole entry. */
    public ValidationProblem problem() {
        return switch (kind) {
            case SYMBOLIC_LINK -> SubmissionRule.LINK_OUT_OF_FOLDER.problem(0, "", "", label() + ": this is a"
                    + " symbolic link (a shortcut) to a file or folder elsewhere, which the intake does not follow so"
                    + " as never to read outside the input folder. Copy the submission file itself into the"
                    + " country's folder and remove the link.");
            case FOLDER -> SubmissionRule.NOT_A_REGULAR_FILE.problem(0, "", "", label() + ": this is a folder; only"
                    + " files lying directly in the country's folder are read. Move the submission file out of the"
                    + " folder into " + folderCountry + "/ itself.");
            case SPECIAL_FILE -> SubmissionRule.NOT_A_REGULAR_FILE.problem(0, "", "", label() + ": this is not a"
                    + " file but a named pipe, socket or device, which the intake never opens. Remove it and drop the"
                    + " submission as an ordinary .csv or .xlsx file.");
            case UNREADABLE -> SubmissionRule.UNREADABLE_FILE.problem(0, "", "", label() + ": the file could not be"
                    + " opened (check its permissions, or whether another program holds it). Drop it again once it"
                    + " can be read; it is looked at again at the next intake.");
        };
    }
}
