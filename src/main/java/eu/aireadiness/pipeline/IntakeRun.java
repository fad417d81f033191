package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

import eu.aireadiness.database.RunLock;
import eu.aireadiness.database.RunLockRefused;
import eu.aireadiness.database.RunLocks;
import eu.aireadiness.framework.InputFolder;
import eu.aireadiness.intake.DropFolders;
import eu.aireadiness.submission.FileNameText;

/**
 * Takes in the files waiting in the countries' folders and exits: every new file is validated, stored, archived
 * and answered with feedback next to it. Identified by a fingerprint of the input folder, so running it again
 * with nothing new dropped does nothing.
 */
@Component
public class IntakeRun {

    private final ResumableLaunch launch;
    private final Job intakeJob;
    private final IntakeProperties intake;
    private final RunLocks locks;
    private final EditionContexts contexts;

    IntakeRun(ResumableLaunch launch, Job intakeJob, IntakeProperties intake, RunLocks locks,
              EditionContexts contexts) {
        this.launch = launch;
        this.intakeJob = intakeJob;
        this.intake = intake;
        this.locks = locks;
        this.contexts = contexts;
    }

    /** The intake's identity is the fingerprint of what lies in the input folder; the folders only locate it. */
    static JobParameters parameters(Path input, Path archive, Duration settle) {
        return new JobParametersBuilder()
                .addString("inputs", InputFingerprint.of(settle, input))
                .addString("input", input.toString(), false)
                .addString("archive", archive.toString(), false)
                .toJobParameters();
    }

    public AnnualRun.Outcome run(ReadinessProperties settings) throws Exception {
        Path input = settings.input().toAbsolutePath().normalize();
        Path archive = settings.archive().toAbsolutePath().normalize();
        if (archive.startsWith(input)) {
            return new AnnualRun.Outcome(false, AnnualRun.archiveInsideInput(archive, input));
        }
        // Read once here, checked, and lent to the job's steps (EditionContexts).
        EditionContext context = EditionContext.read(new InputFolder(input), false);
        try (RunLocks.Held held = locks.take(List.of(RunLock.INTAKE))) {
            return run(held, context, archive);
        } catch (RunLockRefused e) {
            return new AnnualRun.Outcome(false, e.getMessage());
        }
    }

    private AnnualRun.Outcome run(RunLocks.Held held, EditionContext context, Path archive) throws Exception {
        Path input = context.folder().root();
        JobParameters parameters = parameters(input, archive, intake.settle());
        JobExecution last = launch.last(intakeJob, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return new AnnualRun.Outcome(true, "nothing new in " + input + ": every file there was taken in already"
                    + settlingNote(context, intake.settle()));
        }
        JobExecution execution = contexts.lending(parameters.getString("inputs"), context,
                () -> launch.start(intakeJob, parameters, held));
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new AnnualRun.Outcome(false, "the intake failed (" + execution.getStatus() + "): "
                    + ResumableLaunch.failureReason(execution) + ". Fix the cause and run the same command again");
        }
        IntakeTally tally = IntakeTally.of(execution);
        return new AnnualRun.Outcome(true, tally.files() + " new file(s) taken in from " + input + ": "
                + tally.summary() + "; the feedback lies next to each file" + settlingNote(context, intake.settle()));
    }

    /**
     * The files left for a later run because they are still being written, as the end of the run's line; empty
     * when there are none.
     */
    static String settlingNote(EditionContext context, Duration settle) {
        List<Path> settling = DropFolders.settling(context.folder(), context.framework().countries(), settle,
                Instant.now());
        if (settling.isEmpty()) {
            return "";
        }
        return "; " + settling.size() + " file(s) changed within the last " + settle.toSeconds() + " s are still"
                + " being written and are left for the next run: " + settling.stream()
                .map(p -> p.getParent().getFileName() + "/" + FileNameText.escaped(p.getFileName().toString()))
                .collect(Collectors.joining(", "));
    }
}
