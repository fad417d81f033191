package eu.aireadiness.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.integration.launch.JobLaunchRequest;

import eu.aireadiness.database.DatabaseFailure;
import eu.aireadiness.database.DatabaseFileGuard;
import eu.aireadiness.database.DatabaseUnavailable;
import eu.aireadiness.database.RunLock;
import eu.aireadiness.database.RunLockRefused;
import eu.aireadiness.database.RunLocks;

/**
 * Turns the arrival of a file into a request to run the intake over the whole input folder, identified as the
 * {@code intake} command identifies it, by the fingerprint of the folder. Files dropped together arrive as several
 * messages: the first launch takes them all in, and the requests after it find that intake done and are dropped.
 */
class IntakeLaunchRequests {

    private static final Logger log = LoggerFactory.getLogger(IntakeLaunchRequests.class);

    private final ResumableLaunch launch;
    private final Job intakeJob;
    private final RunLocks locks;
    private final DatabaseFileGuard databaseFile;
    private final Path input;
    private final Path archive;
    private final Duration settle;

    IntakeLaunchRequests(ResumableLaunch launch, Job intakeJob, ReadinessProperties settings, RunLocks locks,
                         DatabaseFileGuard databaseFile, Duration settle) {
        this.launch = launch;
        this.intakeJob = intakeJob;
        this.locks = locks;
        this.databaseFile = databaseFile;
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
     * Runs the intake if the request still has work (not already completed for this exact folder content), with
     * the intake's lock held, and only while the database file is the one opened. Returns the execution, or null
     * when nothing was run: already done, refused (said in one line), or the database is gone (the guard has said
     * so and stops {@code watch}).
     */
    JobExecution launchIfNeeded(JobLaunchRequest request) {
        try {
            databaseFile.confirmStillOpen();
            try (RunLocks.Held held = locks.take(List.of(RunLock.INTAKE))) {
                JobExecution last = launch.last(intakeJob, request.getJobParameters());
                if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                    return null;
                }
                return launch.start(intakeJob, request.getJobParameters(), held);
            }
        } catch (DatabaseUnavailable e) {
            return null;
        } catch (RunLockRefused e) {
            log.error("Intake not run: {}. It is tried again when a file changes, or run the intake command",
                    e.getMessage());
            return null;
        } catch (Exception e) {
            log.error("Intake not run: {}. It is tried again when a file changes, or run the intake command",
                    DatabaseFailure.oneLine(e, null));
            log.debug("Failure detail", e);
            return null;
        }
    }
}
