package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.integration.launch.JobLaunchRequest;

/**
 * Turns the arrival of a file into a request to run the intake over the whole input folder, identified as the
 * {@code intake} command identifies it, by the fingerprint of the folder. Files dropped together arrive as several
 * messages: the first launch takes them all in, and the requests after it find that intake done and are dropped.
 */
class IntakeLaunchRequests {

    private final ResumableLaunch launch;
    private final Job intakeJob;
    private final Path input;
    private final Path archive;
    private final Duration settle;

    IntakeLaunchRequests(ResumableLaunch launch, Job intakeJob, ReadinessProperties settings, Duration settle) {
        this.launch = launch;
        this.intakeJob = intakeJob;
        this.input = settings.input().toAbsolutePath().normalize();
        this.archive = settings.archive().toAbsolutePath().normalize();
        this.settle = settle;
        if (archive.startsWith(input)) {
            throw new IllegalStateException(AnnualRun.archiveInsideInput(archive, input));
        }
    }

    Path input() {
        return input;
    }

    Duration settle() {
        return settle;
    }

    JobLaunchRequest request() {
        return new JobLaunchRequest(intakeJob, IntakeRun.parameters(input, archive, settle));
    }

    /**
     * Whether the request still has work: not already completed for this exact folder content. A run left
     * "running" by a process that died is marked failed here, so that the launch resumes it.
     */
    boolean isNeeded(JobLaunchRequest request) {
        JobExecution last = launch.last(intakeJob, request.getJobParameters());
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return false;
        }
        launch.recoverInterrupted(intakeJob, request.getJobParameters());
        return true;
    }
}
