package eu.aireadiness.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import eu.aireadiness.framework.Framework;
import eu.aireadiness.submission.Observation;
import eu.aireadiness.submission.ReadResult;
import eu.aireadiness.submission.SubmissionFile;
import eu.aireadiness.submission.SubmissionRule;
import eu.aireadiness.submission.SubmittedRow;
import eu.aireadiness.submission.ValidationProblem;
import eu.aireadiness.validation.EditionAdmissions;
import eu.aireadiness.validation.FileCheck;
import eu.aireadiness.validation.PreviousValues;
import eu.aireadiness.validation.SubmissionValidator;
import eu.aireadiness.validation.ValidationReport;

/**
 * Takes in one dropped file: refuses it unread if its listing already says why (a link, too large), archives a copy,
 * then reads the copy, checks each row and stores each valid value, in one loop and in the caller's transaction. The
 * copy is what is read, never the officer's file, which may change meanwhile; every message names the file as the
 * officer knows it, {@code CC/<file name>}. A failure of the file itself (it changed or vanished while read, it cannot
 * be read) is an outcome of that file, never a failure of the intake; a failure of the database or of the archive
 * folder is thrown.
 */
public final class FileIntake {

    /** What became of a file. */
    public sealed interface Outcome {
        SubmissionFile file();
    }

    /** Read and checked (or refused unread): accepted as a version, or rejected with its problems. */
    public record Checked(SubmissionFile file, SubmissionStore.Stored stored) implements Outcome {
    }

    /** Not taken in this time, and read again at the next run; {@code why} says what happened and what to do. */
    public record Skipped(SubmissionFile file, ValidationProblem why, RuntimeException cause) implements Outcome {
    }

    private final SubmissionValidator validator;
    private final SubmissionLimits limits;
    private final SubmissionReader.Reading reading;

    /** An intake without a register of editions, for tools that take in a file for any year (benchmarks, tests). */
    public FileIntake(Framework framework, SubmissionLimits limits) {
        this(new SubmissionValidator(framework.codebook(), List.copyOf(framework.countries()), framework.reference()),
                limits, SubmissionReader.Reading.AHEAD);
    }

    /** The pipeline's intake: a file for an edition that does not take submissions is refused. */
    public FileIntake(Framework framework, EditionAdmissions admissions, SubmissionLimits limits) {
        this(new SubmissionValidator(framework.codebook(), List.copyOf(framework.countries()), framework.reference(),
                admissions), limits, SubmissionReader.Reading.AHEAD);
    }

    FileIntake(SubmissionValidator validator, SubmissionLimits limits, SubmissionReader.Reading reading) {
        this.validator = validator;
        this.limits = limits;
        this.reading = reading;
    }

    /**
     * Takes the file in; the caller's transaction holds what is stored.
     *
     * @param previous the accepted values of earlier editions, to catch implausible changes
     */
    public Outcome takeIn(SubmissionFile file, PreviousValues previous, SubmissionArchive archive,
                          SubmissionStore store) {
        Optional<ValidationProblem> unread = SubmissionReader.refusedUnread(file, limits);
        if (unread.isPresent()) {
            // Nothing of it is copied: a file too large is judged by its size alone.
            ValidationReport report = validator.firstCheck(file, previous).report(ReadResult.refused(unread.get()));
            try (SubmissionStore.NewSubmission refused = store.receive(file, Optional.empty())) {
                return new Checked(file, refused.finish(report));
            }
        }
        Path copy;
        try {
            copy = archive.keep(file);
        } catch (FileChangedWhileRead e) {
            return skip(file, store, SubmissionRule.FILE_CHANGED_WHILE_READ.problem(0, "", "", file.label()
                    + ": the file changed while it was being read (it was still being written, copied or saved), so"
                    + " it was not taken in this time. It will be read again once it stops changing, at the next"
                    + " run. To avoid this, write or copy the file under a temporary name (ending in .tmp or .part)"
                    + " and rename it once it is complete."), e);
        } catch (FileVanished e) {
            return skip(file, store, SubmissionRule.FILE_VANISHED.problem(0, "", "", file.label()
                    + ": the file was removed or renamed before it could be read, so nothing of it was taken in."
                    + " If it was moved by mistake, put it back into the folder: it is read at the next run."), e);
        } catch (SubmissionFileUnreadable e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause().getClass().getSimpleName() + ")";
            return skip(file, store, SubmissionRule.UNREADABLE_FILE.problem(0, "", "", file.label()
                    + ": the file could not be read" + cause + ", so it was not taken in this time. Check that it"
                    + " is an ordinary file, not open in another program; it is tried again at the next run."), e);
        }
        try (SubmissionStore.NewSubmission stored = store.receive(file, Optional.of(copy))) {
            return new Checked(file, stored.finish(check(file, copy, previous, stored::add, stored::discard)));
        }
    }

    /**
     * Reads {@code content}, received as {@code file}, and checks it as it is read, giving each valid observation
     * to {@code valid} while the file shows no error; a file the report rejects may have given some: the caller
     * discards them. A rejected file is read a second time when its report needs what the whole file says (see
     * {@link FileCheck}).
     */
    public ValidationReport check(SubmissionFile file, Path content, PreviousValues previous,
                                  Consumer<Observation> valid) {
        return check(file, content, previous, valid, () -> { });
    }

    /** @param rejected told when the first reading shows the file rejected, before the file is read again */
    private ValidationReport check(SubmissionFile file, Path content, PreviousValues previous,
                                   Consumer<Observation> valid, Runnable rejected) {
        FileCheck first = validator.firstCheck(file, previous);
        ReadResult read = read(file, content, first, valid);
        if (!first.needsExactCheck(read)) {
            return first.report(read);
        }
        rejected.run();
        FileCheck exact = validator.check(file, first.basis(read), previous);
        return exact.report(read(file, content, exact, observation -> { }));
    }

    /** The loop: the header, then each row to the check, each valid row's observation on to {@code valid}. */
    private ReadResult read(SubmissionFile file, Path content, FileCheck check, Consumer<Observation> valid) {
        try (SubmissionReader reader = SubmissionReader.open(file, content, limits, reading)) {
            Optional<ReadResult> header = reader.header();
            if (header.isPresent()) {
                check.header(header.get());
                for (SubmittedRow row : reader) {
                    check.row(row).ifPresent(valid);
                }
            }
            return reader.result();
        }
    }

    private static Skipped skip(SubmissionFile file, SubmissionStore store, ValidationProblem why,
                                RuntimeException cause) {
        store.skipped(file, why.message());
        return new Skipped(file, why, cause);
    }

}
