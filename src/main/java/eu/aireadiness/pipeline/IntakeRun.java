package eu.aireadiness.pipeline;

import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

import eu.aireadiness.framework.InputFolder;

/**
 * Takes in the files waiting in the countries' folders and exits: every new file is validated, stored, archived
 * and answered with feedback next to it. Identified by a fingerprint of the input folder, so running it again
 * with nothing new dropped does nothing.
 */
@Component
public class IntakeRun {

    private final ResumableLaunch launch;
    private final Job intakeJob;

    IntakeRun(ResumableLaunch launch, Job intakeJob) {
        this.launch = launch;
        this.intakeJob = intakeJob;
    }

    /** The intake's identity is the fingerprint of what lies in the input folder; the folders only locate it. */
    static JobParameters parameters(Path input, Path archive) {
        return new JobParametersBuilder()
                .addString("inputs", InputFingerprint.of(input))
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
        new InputFolder(input).load();
        JobParameters parameters = parameters(input, archive);
        JobExecution last = launch.last(intakeJob, parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return new AnnualRun.Outcome(true, "nothing new in " + input + ": every file there was taken in already");
        }
        JobExecution execution = launch.start(intakeJob, parameters);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return new AnnualRun.Outcome(false, "the intake failed (" + execution.getStatus() + "): "
                    + ResumableLaunch.failureReason(execution) + ". Fix the cause and run the same command again");
        }
        IntakeTally tally = IntakeTally.of(execution);
        return new AnnualRun.Outcome(true, tally.files() + " new file(s) taken in from " + input + ": "
                + tally.summary() + "; the feedback lies next to each file");
    }
}
